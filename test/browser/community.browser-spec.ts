import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';

// 地域づくり and 受入先への支援 (issue 15): the coordinator records an activity as counts (two
// participating bodies, a linked resource) and sees the period's totals move, corrects it over a
// colleague's change; then notes support given to a host that still needs help, finds the host
// among those needing support, marks the need dealt with and the host leaves that list.

const CREATE_RESOURCE = `mutation Create($input: ResourceInput!) { createResource(input: $input) { id } }`;
const UPDATE_ACTIVITY = `mutation Update($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) { updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { version } }`;

interface Figures {
  activities: number;
  sites: number;
  participants: number;
  bodies: number;
}

const TERMS: Record<string, keyof Figures> = { 活動回数: 'activities', 実施場所数: 'sites', '参加者数（延べ）': 'participants', 参加団体数: 'bodies' };

describe('地域づくりの活動記録と受入先への支援', () => {
  const scope = useBrowserApp();
  const staff = useDemoStaff(scope);

  /** A resource of the directory; the tag keeps its name this test's own. */
  async function arrangeResource(tag: string): Promise<{ id: string; name: string }> {
    const name = `ふれあいサロン ${tag}`;
    const input = {
      name,
      nameKana: 'フレアイサロン',
      organizationName: '東町自治会',
      description: '誰でも立ち寄れるサロン。',
      targets: ['ANYONE'],
      forms: ['IBASHO'],
      area: '東地区',
      address: '桜市東1-2-3',
      schedules: [],
      phone: null,
      email: null,
      url: null,
      cost: '無料',
      accessibility: '',
      languages: ['ja'],
    };
    const { createResource } = await staff.as('coordinator').data<{ createResource: { id: string } }>(CREATE_RESOURCE, { input });
    return { id: createResource.id, name };
  }

  const totals = (page: Page) => page.getByRole('region', { name: '期間の集計' });

  /** The period's figures as the summary list shows them. */
  async function figuresShown(page: Page): Promise<Figures> {
    const terms = await totals(page).getByRole('term').allInnerTexts();
    const values = await totals(page).getByRole('definition').allInnerTexts();
    const figures = { activities: NaN, sites: NaN, participants: NaN, bodies: NaN };
    terms.forEach((term, index) => {
      const key = TERMS[term.trim()];
      if (key) figures[key] = Number((values[index] ?? '').replace(/[^\d]/g, ''));
    });
    return figures;
  }

  /** Waits until the summary list reads these figures (it is read again after a change). */
  async function waitForFigures(page: Page, figures: Figures): Promise<void> {
    const n = (value: number) => value.toLocaleString('ja-JP');
    const reading = new RegExp(`活動回数\\s*${n(figures.activities)}\\s*実施場所数\\s*${n(figures.sites)}\\s*参加者数（延べ）\\s*${n(figures.participants)}\\s*参加団体数\\s*${n(figures.bodies)}`);
    await totals(page).filter({ hasText: reading }).waitFor();
  }

  it('the coordinator records an activity with two bodies and a linked resource, and the totals count it', async () => {
    const tag = randomBytes(3).toString('hex');
    const resource = await arrangeResource(tag);
    const place = `東地区公民館 ${tag}`;
    const bodies = [`東町自治会 ${tag}`, `桜市社会福祉協議会 ${tag}`];
    const page = await scope.signedIn('coordinator@sakura.example');

    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '地域づくり' }).click();
    await page.getByRole('heading', { level: 1, name: '活動記録（地域づくり）' }).waitFor();
    await totals(page).waitFor();
    const before = await figuresShown(page);
    expect(Object.values(before).every(Number.isInteger)).toBe(true);
    await checkPage(page, 'community-log');

    await page.getByRole('link', { name: '活動を記録する' }).click();
    await page.getByRole('heading', { level: 1, name: '活動を記録する' }).waitFor();
    await page.getByLabel('活動の種類').selectOption({ label: '交流会・サロン' });
    await page.getByLabel('場所').fill(place);
    await page.getByLabel('参加者数').fill('十八人');
    await page.getByRole('button', { name: '団体を追加' }).click();
    await page.getByLabel('団体名1').fill(bodies[0] ?? '');
    await page.getByRole('button', { name: '団体を追加' }).click();
    await page.getByLabel('団体名2').fill(bodies[1] ?? '');
    await page.getByLabel('社会資源を検索').fill(resource.name);
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByRole('button', { name: `「${resource.name}」を追加` }).click();
    await page.getByRole('button', { name: `「${resource.name}」を外す` }).waitFor();
    await page.getByLabel('メモ').fill('初めて参加した団体があった。');
    await checkPage(page, 'community-new');

    // Participants are a number, checked where it is typed before anything is sent.
    await page.getByRole('button', { name: '記録する', exact: true }).click();
    await page.getByText('0から100000までの数字で入力してください。').waitFor();
    await page.getByLabel('参加者数').fill('18');
    await page.getByRole('button', { name: '記録する', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: '活動記録（地域づくり）' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: place });
    await row.getByRole('link', { name: resource.name }).waitFor();
    await row.getByText(`${bodies[0]}、${bodies[1]}`).waitFor();
    await row.getByRole('cell', { name: '交流会・サロン' }).waitFor();
    await waitForFigures(page, { activities: before.activities + 1, sites: before.sites + 1, participants: before.participants + 18, bodies: before.bodies + 2 });

    // The kind filter lives in the address.
    await page.getByLabel('活動の種類').selectOption({ label: '交流会・サロン' });
    await page.getByRole('button', { name: '表示する' }).click();
    await page.waitForURL(/kind=EXCHANGE/);
    await row.getByRole('link', { name: resource.name }).waitFor();

    // A correction made over a colleague's meanwhile is refused, then saved knowingly.
    await row.getByRole('link', { name: /の記録を編集$/ }).click();
    await page.getByRole('heading', { level: 1, name: '活動の記録を編集' }).waitFor();
    expect(await page.getByLabel('場所').inputValue()).toBe(place);
    await checkPage(page, 'community-edit');
    const activityId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const input = { heldOn: todayInJapan(), place, kind: 'EXCHANGE', participantCount: 18, bodies, resourceIds: [resource.id], note: '同僚の修正' };
    await staff.as('coordinator').data(UPDATE_ACTIVITY, { id: activityId, input, expectedVersion: 1 });
    await page.getByLabel('参加者数').fill('20');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByRole('alert').filter({ hasText: '他の人がこの記録を先に更新しました' }).waitFor();
    await page.getByRole('button', { name: 'この内容で上書き保存する' }).click();
    await page.getByRole('heading', { level: 1, name: '活動記録（地域づくり）' }).waitFor();
    await waitForFigures(page, { activities: before.activities + 1, sites: before.sites + 1, participants: before.participants + 20, bodies: before.bodies + 2 });

    // A caseworker reads the log; only coordinators record it.
    const caseworker = await scope.signedIn('housing@sakura.example');
    await caseworker.goto('/community-activities');
    await caseworker.getByRole('row').filter({ hasText: place }).getByRole('link', { name: resource.name }).waitFor();
    await expect(caseworker.getByRole('link', { name: '活動を記録する' }).count()).resolves.toBe(0);
    await expect(caseworker.getByRole('link', { name: /の記録を編集$/ }).count()).resolves.toBe(0);
  });

  it('the coordinator notes support a host still needs, finds it among the hosts needing support, and marks it dealt with', async () => {
    const tag = randomBytes(3).toString('hex');
    const resource = await arrangeResource(tag);
    const note = `受け入れの流れを一緒に確認した。次回は担当者の交代について相談 ${tag}`;
    const page = await scope.signedIn('coordinator@sakura.example');

    await page.goto(`/resources/${resource.id}`);
    await page.getByRole('heading', { level: 1, name: resource.name }).waitFor();
    const section = page.getByRole('region', { name: '受入先への支援' });
    await section.getByText('この受入先への支援の記録はまだありません。').waitFor();
    await section.getByRole('definition').filter({ hasText: /^0人$/ }).waitFor();
    await section.getByRole('button', { name: '支援を記録する' }).click();
    await section.getByLabel('支援の種類').selectOption({ label: '訪問' });
    await section.getByLabel('内容').fill(note);
    await section.getByLabel('引き続き支援が必要').check();
    await section.getByRole('button', { name: '記録する', exact: true }).click();
    await section.getByText('支援を記録しました。').waitFor();
    const noteRow = section.getByRole('row').filter({ hasText: note });
    await noteRow.getByText('要フォロー').waitFor();
    await checkPage(page, 'resource-host-support');

    await section.getByRole('link', { name: '支援が必要な受入先の一覧' }).click();
    await page.getByRole('heading', { level: 1, name: '支援が必要な受入先' }).waitFor();
    const hostRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: resource.name }) });
    await hostRow.getByRole('cell', { name: '1件' }).waitFor();
    await hostRow.getByRole('cell', { name: '0人' }).waitFor();
    await checkPage(page, 'hosts-needing-support');

    await hostRow.getByRole('link', { name: resource.name }).click();
    await page.getByRole('heading', { level: 1, name: resource.name }).waitFor();
    await noteRow.getByRole('button', { name: /対応済みにする$/ }).click();
    await noteRow.getByText(/^対応済み（/).waitFor();
    await expect(noteRow.getByText('要フォロー').count()).resolves.toBe(0);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '支援が必要な受入先' }).waitFor();
    await page.getByRole('table', { name: '支援が必要な受入先' }).or(page.getByText('支援が必要な受入先はありません。')).first().waitFor();
    await page.getByRole('link', { name: resource.name }).waitFor({ state: 'detached' });
  });
});

/** Today in Japan (the date the form starts on), as YYYY-MM-DD. */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}
