import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { CaseFixtures, Operations } from '@renkei/testing';
import type { Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { useDemoStaff, type DemoStaff } from './support/demo-staff.js';

const RECORD = `query Room($id: ID!) { conference(id: $id) { id status scheduledAt participants { id } agenda { caseId minutes minutesVersion decisions { text } } actionItems { title assigneeAgency { id } } } }`;

interface Room {
  conference: { status: string; scheduledAt: string; participants: { id: string }[]; agenda: { caseId: string | null; minutes: string | null; minutesVersion: number; decisions: { text: string }[] }[]; actionItems: { title: string; assigneeAgency: { id: string } | null }[] };
}

/** A date as Japan writes it, in Japan time whatever this machine's zone: the page must show the same. */
const japanDate = (iso: string, calendar = 'gregory') =>
  new Intl.DateTimeFormat(`ja-JP-u-ca-${calendar}`, { era: calendar === 'japanese' ? 'long' : undefined, year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date(iso));

describe('会議（支援会議・重層的支援会議）', () => {
  const scope = useBrowserApp();
  const { token, agency, as } = useDemoStaff(scope);

  /** A case and a 支援会議 on it with the housing and health agencies, through the API; started unless told. */
  async function arrange(options: { start?: boolean; acknowledge?: ReadonlyArray<DemoStaff>; onCase?: { id: string; title: string } } = {}) {
    const tag = randomBytes(3).toString('hex');
    const caseTitle = options.onCase?.title ?? `会議で検討するケース ${tag}`;
    const caseId = options.onCase?.id ?? (await new CaseFixtures(scope.app).openCase(token.coordinator, caseTitle));
    const title = `支援会議 ${tag}`;
    const { scheduleConference } = await as('coordinator').data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'SUPPORT_MEETING', title, scheduledAt: new Date().toISOString(), agencyIds: [agency.coordinator, agency.housing, agency.health], caseIds: [caseId] },
    });
    const id = scheduleConference.id;
    for (const who of options.acknowledge ?? []) await as(who).data(Operations.ACKNOWLEDGE, { id });
    if (options.start) await as('coordinator').data(Operations.START_CONFERENCE, { id });
    return { id, caseId, caseTitle, title, tag };
  }

  const room = async (id: string) => (await as('coordinator').data<Room>(RECORD, { id })).conference;

  async function openRoom(who: DemoStaff, id: string): Promise<Page> {
    const page = await scope.signedIn(`${who}@sakura.example`);
    await page.goto(`/conferences/${id}`);
    return page;
  }

  it('the coordinator schedules a 支援会議 with the housing and health agencies and a case on the agenda', async () => {
    const tag = randomBytes(3).toString('hex');
    const caseTitle = `登録用ケース ${tag}`;
    await new CaseFixtures(scope.app).openCase(token.coordinator, caseTitle);
    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto('/conferences');
    await page.getByRole('heading', { name: '会議', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '開催予定・開催中の会議' }).waitFor();
    await checkPage(page, 'conferences');

    await page.getByRole('button', { name: '会議を登録する' }).click();
    const dialog = page.getByRole('dialog', { name: '開催予定の登録' });
    await dialog.getByRole('radio', { name: '支援会議', exact: true }).check();
    await dialog.getByLabel('会議名').fill(`住まいの支援会議 ${tag}`);
    // The time is typed segment by segment in the react-aria picker: 14:30 Japan time, tomorrow.
    const picker = dialog.getByRole('group', { name: /開催日時/ });
    await picker.getByRole('spinbutton', { name: /^時/ }).click();
    await page.keyboard.type('1430');
    await dialog.getByRole('checkbox', { name: /居住支援法人/ }).check();
    await dialog.getByRole('checkbox', { name: /保健センター/ }).check();
    await dialog.getByRole('checkbox', { name: new RegExp(caseTitle) }).check();
    await checkPage(page, 'conference-schedule');
    await dialog.getByRole('button', { name: '登録する' }).click();

    await page.getByText(`会議「住まいの支援会議 ${tag}」を登録しました。`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(`住まいの支援会議 ${tag}`) });
    await row.waitFor();
    await row.getByRole('cell', { name: '支援会議', exact: true }).waitFor();
    await row.getByText('開催予定', { exact: true }).waitFor();
    await row.getByText(/14:30/).waitFor();

    const href = await row.getByRole('link', { name: `住まいの支援会議 ${tag}`, exact: true }).getAttribute('href');
    const conference = await room(href?.split('/').pop() ?? '');
    expect(conference.participants.map((p) => p.id).sort()).toEqual([agency.coordinator, agency.housing, agency.health].sort());
    expect(conference.agenda).toHaveLength(1);
    // 14:30 in Japan is 05:30 UTC: the picker's time is Japan time whatever the device's zone.
    expect(conference.scheduledAt).toMatch(/T05:30:00\.000Z$/);
  });

  it('the coordinator cancels a scheduled conference, with a reason', async () => {
    const { title, tag } = await arrange();
    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto('/conferences');
    await page.getByRole('button', { name: `中止する：${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `会議「${title}」の中止` });
    await dialog.getByRole('button', { name: '会議を中止する' }).click();
    await dialog.getByText('中止の理由を入力してください。').waitFor();
    await dialog.getByLabel('中止の理由').fill(`本人の体調不良のため ${tag}`);
    await checkPage(page, 'conference-cancel');
    await dialog.getByRole('button', { name: '会議を中止する' }).click();
    await page.getByText(`会議「${title}」を中止しました。`).waitFor();
    const recent = page.getByRole('region', { name: '最近の会議' });
    const row = recent.getByRole('row', { name: new RegExp(title) });
    await row.getByText(`中止の理由：本人の体調不良のため ${tag}`).waitFor();
    await row.getByText('中止', { exact: true }).waitFor();
  });

  it('a later conference reviews an earlier one’s open action item: not done, and why', async () => {
    const first = await arrange({ acknowledge: ['coordinator'] });
    await as('coordinator').data(Operations.ASSIGN_TASK, { input: { caseId: first.caseId, conferenceId: first.id, title: `就労支援につなぐ ${first.tag}`, assigneeAgencyId: agency.health } });
    const second = await arrange({ acknowledge: ['coordinator'], onCase: { id: first.caseId, title: first.caseTitle } });
    const page = await openRoom('coordinator', second.id);
    const review = page.getByRole('region', { name: '前回までの役割分担の振り返り' });
    const row = review.getByRole('row', { name: new RegExp(`就労支援につなぐ ${first.tag}`) });
    await row.getByLabel('結果').selectOption({ label: '未実施' });
    await row.getByLabel('理由・状況').fill('本人の体調が優れず未実施');
    await row.getByRole('button', { name: '振り返りを記録する' }).click();
    await row.getByText('振り返り済み：未実施（本人の体調が優れず未実施）').waitFor();
    await checkPage(page, 'conference-review');
  });

  it('the coordinator changes the agenda in the room', async () => {
    const { id, caseTitle, tag } = await arrange({ acknowledge: ['coordinator'] });
    const added = `追加するケース ${tag}`;
    await new CaseFixtures(scope.app).openCase(token.coordinator, added);
    const page = await openRoom('coordinator', id);
    await page.getByRole('heading', { name: `議題1：${caseTitle}` }).waitFor();
    await page.getByRole('button', { name: '議題を変更する' }).click();
    const dialog = page.getByRole('dialog', { name: '議題を変更する' });
    await expect(dialog.getByRole('checkbox', { name: new RegExp(caseTitle) }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('checkbox', { name: new RegExp(added) }).check();
    await checkPage(page, 'conference-agenda');
    await dialog.getByRole('button', { name: '議題を保存する' }).click();
    await page.getByRole('heading', { name: `議題2：${added}` }).waitFor();
    expect((await room(id)).agenda).toHaveLength(2);
  });

  it('the housing caseworker sees no case content until acknowledging 守秘義務', async () => {
    const { id, caseTitle } = await arrange({ start: true });
    const page = await openRoom('housing', id);
    const gate = page.getByRole('region', { name: '守秘義務の確認' });
    await gate.getByText(/社会福祉法第106条の6/).first().waitFor();
    await expect(page.getByText(caseTitle).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: '議題' }).count()).resolves.toBe(0);
    await checkPage(page, 'conference-confidentiality');

    await gate.getByRole('button', { name: '守秘義務を確認しました' }).click();
    await page.getByRole('heading', { name: `議題1：${caseTitle}` }).waitFor();
    await page.getByText('守秘義務を確認済みです。').waitFor();
    await checkPage(page, 'conference-room');
  });

  it('two in the room: the coordinator starts and writes, the caseworker sees it live; a decision, an action item, the end', async () => {
    const { id, caseId, caseTitle, tag } = await arrange({ acknowledge: ['coordinator', 'housing'] });
    const [chair, housing] = await Promise.all([openRoom('coordinator', id), openRoom('housing', id)]);
    await housing.getByText('会議はまだ始まっていません。', { exact: false }).waitFor();

    await chair.getByRole('button', { name: '会議を開始する' }).click();
    // STATUS_CHANGED reaches the caseworker's room: the case opens to them on the 支援会議's basis.
    await housing.getByText('開催中', { exact: true }).waitFor();
    const housingItem = housing.getByRole('region', { name: `議題1：${caseTitle}` });
    await housingItem.waitFor();

    await housing.getByRole('button', { name: '入室する' }).click();
    const presence = chair.getByRole('region', { name: '出席状況' });
    await presence.getByRole('listitem').filter({ hasText: '居住支援法人' }).getByText('1人が入室中').waitFor();

    const chairItem = chair.getByRole('region', { name: `議題1：${caseTitle}` });
    await chairItem.getByLabel('議事録に追記する内容').fill(`家賃の滞納状況を共有した ${tag}`);
    await chairItem.getByRole('button', { name: '追記する' }).click();
    await chairItem.getByText('議事録に追記しました。').waitFor();
    await housingItem.getByText(`家賃の滞納状況を共有した ${tag}`).waitFor();

    await chairItem.getByLabel('決定事項の内容').fill(`居住支援法人が転居先を探す ${tag}`);
    await chairItem.getByRole('button', { name: '決定事項を記録する' }).click();
    await housingItem.getByText(`居住支援法人が転居先を探す ${tag}`).waitFor();

    const actions = chair.getByRole('region', { name: '役割分担（アクションアイテム）' });
    await actions.getByLabel('依頼する内容').fill(`不動産会社と調整 ${tag}`);
    await actions.getByLabel('担当する機関').selectOption({ label: '桜市 居住支援法人 Sakura Housing Support' });
    await actions.getByRole('button', { name: '役割を依頼する' }).click();
    await actions.getByText(`「不動産会社と調整 ${tag}」を依頼しました。`).waitFor();
    await housing.getByRole('region', { name: '役割分担（アクションアイテム）' }).getByRole('cell', { name: `不動産会社と調整 ${tag}` }).waitFor();
    await checkPage(housing, 'conference-room-live');

    await chair.getByRole('button', { name: '会議を終了する' }).click();
    await housing.getByText('終了', { exact: true }).waitFor();

    const conference = await room(id);
    expect(conference.status).toBe('ENDED');
    expect(conference.agenda[0]).toMatchObject({ caseId, minutesVersion: 1, decisions: [{ text: `居住支援法人が転居先を探す ${tag}` }] });
    expect(conference.actionItems).toEqual([{ title: `不動産会社と調整 ${tag}`, assigneeAgency: { id: agency.housing } }]);
  });

  it('a stale minutes write shows the other writer’s text beside the user’s own draft, and the merge is added', async () => {
    const { id, caseId, caseTitle, tag } = await arrange({ acknowledge: ['coordinator', 'housing'], start: true });
    const page = await openRoom('housing', id);
    const item = page.getByRole('region', { name: `議題1：${caseTitle}` });
    await item.getByLabel('議事録に追記する内容').fill(`住まいの状況を報告 ${tag}`);
    // Meanwhile the coordinator adds to the minutes the caseworker began from.
    await as('coordinator').data(Operations.ADD_MINUTES, { conferenceId: id, caseId, text: `通院状況を報告 ${tag}`, expectedVersion: 0 });
    await item.getByRole('button', { name: '追記する' }).click();

    await item.getByText('入力中に、他の参加者が議事録に追記しました').waitFor();
    const theirs = item.getByRole('blockquote');
    await theirs.getByText(`通院状況を報告 ${tag}`).waitFor();
    await expect(item.getByLabel('議事録に追記する内容').inputValue()).resolves.toBe(`住まいの状況を報告 ${tag}`);
    await checkPage(page, 'conference-minutes-conflict');

    await item.getByLabel('議事録に追記する内容').fill(`住まいの状況を報告（通院の件を踏まえて） ${tag}`);
    await item.getByRole('button', { name: '確認して追記する' }).click();
    await item.getByText('議事録に追記しました。').waitFor();
    await expect(item.getByRole('blockquote').count()).resolves.toBe(0);

    const [agenda] = (await room(id)).agenda;
    expect(agenda?.minutesVersion).toBe(2);
    expect(agenda?.minutes).toBe(`通院状況を報告 ${tag}\n\n住まいの状況を報告（通院の件を踏まえて） ${tag}`);
  });

  it('the 会議録 shows the minutes with dates in Japan time, and in 和暦 when chosen', async () => {
    const { id, caseId, caseTitle, title, tag } = await arrange({ acknowledge: ['coordinator'], start: true });
    await as('coordinator').data(Operations.ADD_MINUTES, { conferenceId: id, caseId, text: `生活状況を共有した ${tag}`, expectedVersion: 0 });
    await as('coordinator').data(Operations.END_CONFERENCE, { id });
    const { conference } = await as('coordinator').data<{ conference: { startedAt: string } }>(Operations.CONFERENCE, { id });

    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto(`/conferences/${id}/record`);
    await page.getByRole('heading', { name: '会議録', level: 1 }).waitFor();
    await page.getByText(title, { exact: true }).waitFor();
    await page.getByRole('heading', { name: `議題1：${caseTitle}` }).waitFor();
    await page.getByText(`生活状況を共有した ${tag}`).waitFor();
    await page.getByText(new RegExp(`^${japanDate(conference.startedAt)}`)).waitFor();
    await page.getByRole('button', { name: '印刷する' }).waitFor();
    await checkPage(page, 'conference-record');

    await page.getByRole('checkbox', { name: '日付を和暦で表示する' }).check();
    await page.getByText(japanDate(conference.startedAt, 'japanese'), { exact: true }).waitFor();
    expect(japanDate(conference.startedAt, 'japanese')).toMatch(/^令和/);
  });
});
