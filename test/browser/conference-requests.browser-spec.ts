import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { CaseFixtures, Operations } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';

const PARTICIPANTS = `query Members($id: ID!) { conference(id: $id) { participants { id } } }`;
const REQUEST_ATTENDANCE = `mutation Ask($input: RequestAttendanceInput!) { requestAttendance(input: $input) { id } }`;

const HEALTH_CENTRE = '桜市 保健センター Health Centre';
const HOUSING_SUPPORT = '桜市 居住支援法人 Sakura Housing Support';

describe('会議の依頼（出席の依頼・情報提供の依頼）', () => {
  const scope = useBrowserApp();
  const { token, agency, as } = useDemoStaff(scope);

  /** A case with the health centre on its team, and a 支援会議 on it of the coordinator and the health centre. */
  async function arrange() {
    const tag = randomBytes(3).toString('hex');
    const caseTitle = `依頼のケース ${tag}`;
    const caseId = await new CaseFixtures(scope.app).openCase(token.coordinator, caseTitle);
    await as('coordinator').data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: agency.health });
    const title = `支援会議（依頼） ${tag}`;
    const { scheduleConference } = await as('coordinator').data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'SUPPORT_MEETING', title, scheduledAt: new Date().toISOString(), agencyIds: [agency.coordinator, agency.health], caseIds: [caseId] },
    });
    const id = scheduleConference.id;
    await as('coordinator').data(Operations.ACKNOWLEDGE, { id });
    return { id, caseTitle, title, tag };
  }

  it('the chair asks for information and attendance; the agencies answer on their task page; the room and the 会議録 show it', async () => {
    const { id, caseTitle, title, tag } = await arrange();
    const [chair, health] = await Promise.all([scope.signedIn('coordinator@sakura.example'), scope.signedIn('health@sakura.example')]);
    await chair.goto(`/conferences/${id}`);
    await health.goto('/');
    const healthInbox = health.getByRole('region', { name: '会議からの依頼' });
    await healthInbox.getByText('回答を待っている依頼はありません。').waitFor();

    // 情報提供の依頼 on the agenda case, to the health centre of its team.
    const item = chair.getByRole('region', { name: `議題1：${caseTitle}` });
    await item.getByRole('button', { name: `情報提供を依頼：${caseTitle}` }).click();
    const ask = chair.getByRole('dialog', { name: `情報提供の依頼：${caseTitle}` });
    await ask.getByLabel('依頼先の機関').selectOption({ label: `${HEALTH_CENTRE}（保健・医療）` });
    await ask.getByRole('button', { name: '依頼する' }).click();
    await ask.getByText('項目を1つ以上選んでください。').waitFor();
    await ask.getByRole('checkbox', { name: '健康', exact: true }).check();
    await ask.getByRole('checkbox', { name: '精神保健', exact: true }).check();
    await ask.getByLabel('依頼の内容・連絡事項').fill(`通院と服薬の状況を共有してください ${tag}`);
    await checkPage(chair, 'conference-request-information');
    await ask.getByRole('button', { name: '依頼する' }).click();
    await item.getByText(`${HEALTH_CENTRE}に依頼しました。`).waitFor();
    const requests = chair.getByRole('region', { name: '依頼と回答' });
    const asked = requests.getByRole('article', { name: `情報提供依頼：${HEALTH_CENTRE}` });
    await asked.getByText('依頼中', { exact: true }).waitFor();

    // The health centre's caseworker sees it arrive live, and shares the health section only.
    const request = healthInbox.getByRole('article', { name: `情報提供依頼：${title}` });
    await request.getByText(`通院と服薬の状況を共有してください ${tag}`).waitFor();
    await healthInbox.getByText(`「${title}」から新しい依頼が届きました。`).waitFor();
    await checkPage(health, 'conference-request-inbox');
    await request.getByRole('button', { name: `回答する：情報提供依頼（${title}）` }).click();
    const answer = health.getByRole('dialog', { name: `情報提供依頼への回答（${title}）` });
    await expect(answer.getByRole('checkbox', { name: '精神保健' }).isChecked()).resolves.toBe(true);
    await answer.getByRole('checkbox', { name: '精神保健' }).uncheck();
    await checkPage(health, 'conference-request-answer');
    await answer.getByRole('button', { name: '回答を送信する' }).click();
    await healthInbox.getByText(`「${title}」からの依頼に回答しました。`).waitFor();
    await healthInbox.getByText('回答を待っている依頼はありません。').waitFor();

    // The chair's room shows the answer live: accepted, the health section shared.
    await asked.getByText('承諾', { exact: true }).waitFor();
    await asked.getByRole('definition').filter({ hasText: /^健康$/ }).waitFor();

    // 出席の依頼 to the housing agency, not a member; its caseworker declines, with a reason.
    await chair.getByRole('button', { name: '出席を依頼' }).click();
    const invite = chair.getByRole('dialog', { name: '出席の依頼' });
    await invite.getByLabel('依頼先の機関').selectOption({ label: `${HOUSING_SUPPORT}（住まい）` });
    await invite.getByLabel('依頼の内容・連絡事項').fill(`住まいの確保について出席をお願いします ${tag}`);
    await checkPage(chair, 'conference-request-attendance');
    await invite.getByRole('button', { name: '依頼する' }).click();
    await requests.getByText(`${HOUSING_SUPPORT}に依頼しました。`).waitFor();

    const housing = await scope.signedIn('housing@sakura.example');
    await housing.goto('/');
    const housingInbox = housing.getByRole('region', { name: '会議からの依頼' });
    await housingInbox.getByRole('button', { name: `回答する：出席依頼（${title}）` }).click();
    const reply = housing.getByRole('dialog', { name: `出席依頼への回答（${title}）` });
    await reply.getByRole('radio', { name: '辞退する' }).check();
    await reply.getByRole('button', { name: '回答を送信する' }).click();
    await reply.getByText('辞退の理由を入力してください。').waitFor();
    await reply.getByLabel('辞退の理由').fill(`当日は別の支援調整と重なるため ${tag}`);
    await checkPage(housing, 'conference-request-decline');
    await reply.getByRole('button', { name: '回答を送信する' }).click();
    await housingInbox.getByText('回答を待っている依頼はありません。').waitFor();

    const declined = requests.getByRole('article', { name: `出席依頼：${HOUSING_SUPPORT}` });
    await declined.getByText('辞退', { exact: true }).waitFor();
    await declined.getByText(`辞退の理由：当日は別の支援調整と重なるため ${tag}`).waitFor();
    await checkPage(chair, 'conference-requests-room');
    // A declined attendance leaves the members as they were.
    const { conference } = await as('coordinator').data<{ conference: { participants: { id: string }[] } }>(PARTICIPANTS, { id });
    expect(conference.participants.map((p) => p.id).sort()).toEqual([agency.coordinator, agency.health].sort());

    // The 会議録 lists both requests and their answers.
    await chair.goto(`/conferences/${id}/record`);
    const record = chair.getByRole('region', { name: '出席・情報提供の依頼と回答' });
    await record.getByRole('article', { name: `情報提供依頼：${HEALTH_CENTRE}` }).getByText('承諾', { exact: true }).waitFor();
    await record.getByRole('article', { name: `出席依頼：${HOUSING_SUPPORT}` }).getByText(`辞退の理由：当日は別の支援調整と重なるため ${tag}`).waitFor();
    await checkPage(chair, 'conference-requests-record');
  });

  it('an agency that accepts attendance becomes a member: the chair’s room shows it at once', async () => {
    const { id, title, tag } = await arrange();
    const chair = await scope.signedIn('coordinator@sakura.example');
    await chair.goto(`/conferences/${id}`);
    const presence = chair.getByRole('region', { name: '出席状況' });
    await presence.getByText(HEALTH_CENTRE).waitFor();
    await expect(presence.getByText(HOUSING_SUPPORT).count()).resolves.toBe(0);
    await as('coordinator').data(REQUEST_ATTENDANCE, { input: { conferenceId: id, agencyId: agency.housing, note: `出席をお願いします ${tag}` } });

    const housing = await scope.signedIn('housing@sakura.example');
    await housing.goto('/');
    const inbox = housing.getByRole('region', { name: '会議からの依頼' });
    await inbox.getByRole('button', { name: `回答する：出席依頼（${title}）` }).click();
    const reply = housing.getByRole('dialog', { name: `出席依頼への回答（${title}）` });
    await reply.getByText('承諾すると、あなたの機関はこの会議の構成員になります。', { exact: false }).waitFor();
    await reply.getByRole('button', { name: '回答を送信する' }).click();
    await inbox.getByText(`「${title}」からの依頼に回答しました。`).waitFor();

    await presence.getByText(HOUSING_SUPPORT).waitFor();
    await chair.getByRole('region', { name: '依頼と回答' }).getByRole('article', { name: `出席依頼：${HOUSING_SUPPORT}` }).getByText('承諾', { exact: true }).waitFor();
    const { conference } = await as('coordinator').data<{ conference: { participants: { id: string }[] } }>(PARTICIPANTS, { id });
    expect(conference.participants.map((p) => p.id)).toContain(agency.housing);
  });
});
