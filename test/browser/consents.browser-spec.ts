import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory } from '@renkei/kernel';
import { CaseFixtures, Operations } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';

const ME = `query { me { agency { id name } } }`;
const CONSENTS = `query ($caseId: ID!) { consents(caseId: $caseId) { evidenceNote providerAgencyIds provisions { effect recipientAgencyIds dataCategories purposes } } }`;

interface Agency {
  id: string;
  name: string;
}

describe('本人同意', () => {
  const scope = useBrowserApp();
  const tokens: Record<'coordinator' | 'housing' | 'health', string> = { coordinator: '', housing: '', health: '' };
  const agencies: Record<'housing' | 'health', Agency> = { housing: { id: '', name: '' }, health: { id: '', name: '' } };
  let cases: CaseFixtures;

  beforeAll(async () => {
    cases = new CaseFixtures(scope.app);
    for (const who of ['coordinator', 'housing', 'health'] as const) tokens[who] = await scope.app.login(`${who}@sakura.example`, DEMO_PASSWORD);
    for (const who of ['housing', 'health'] as const) agencies[who] = (await scope.app.http.as(tokens[who]).data<{ me: { agency: Agency } }>(ME)).me.agency;
  });

  // A case of its own for each test, with the housing and health agencies on its team.
  async function caseWithTeam(title: string): Promise<string> {
    const caseId = await cases.openCase(tokens.coordinator, `${title} ${randomBytes(3).toString('hex')}`);
    for (const agency of Object.values(agencies)) await scope.app.http.as(tokens.coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: agency.id });
    return caseId;
  }

  it('a HEALTH section shared by consent shows as 本人同意 to housing; the coordinator revokes it in the page; housing then sees 非開示', async () => {
    const caseId = await caseWithTeam('同意の撤回');
    await cases.writeSummary(tokens.health, caseId, [DataCategory.HEALTH]);
    await cases.recordConsent(tokens.coordinator, caseId, { provisions: [{ recipientAgencyIds: [agencies.housing.id], dataCategories: [DataCategory.HEALTH] }] });
    const healthNotes = `HEALTH notes for ${caseId}`;

    const housing = await scope.signedIn('housing@sakura.example');
    await housing.goto(`/cases/${caseId}`);
    const healthSummary = housing.getByRole('region', { name: '支援経過の要約' }).getByRole('article').filter({ has: housing.getByRole('heading', { name: agencies.health.name }) });
    await healthSummary.getByText(healthNotes).waitFor();
    await healthSummary.getByText('本人同意', { exact: true }).waitFor();

    const coordinator = await scope.signedIn('coordinator@sakura.example');
    await coordinator.goto(`/cases/${caseId}`);
    const consents = coordinator.getByRole('region', { name: '本人同意' });
    await consents.getByText('有効', { exact: true }).waitFor();
    await checkPage(coordinator, 'case-consents');
    await consents.getByRole('button', { name: /を撤回する$/ }).click();
    const dialog = coordinator.getByRole('dialog', { name: '同意の撤回' });
    await dialog.getByRole('button', { name: '撤回する' }).click();
    await dialog.getByText('撤回の理由を入力してください。').waitFor();
    await dialog.getByLabel('撤回の理由').fill('本人より撤回の申し出');
    await checkPage(coordinator, 'case-consent-revoke');
    await dialog.getByRole('button', { name: '撤回する' }).click();
    await consents.getByText('同意を撤回しました。この同意による提供は止まりました。').waitFor();
    await consents.getByText('撤回済み', { exact: true }).waitFor();
    await consents.getByText(/理由：本人より撤回の申し出/).waitFor();
    await expect(consents.getByRole('button', { name: /を撤回する$/ }).count()).resolves.toBe(0);

    await housing.reload();
    await healthSummary.getByText('非開示', { exact: true }).waitFor();
    await healthSummary.getByText('本人の同意がなく、支援会議の対象でもないため表示できません。').waitFor();
    await expect(healthSummary.getByText(healthNotes).count()).resolves.toBe(0);
    await checkPage(housing, 'case-summaries-withheld');
  });

  it('the coordinator records a consent through the grid of recipients and categories, and it appears in the list', async () => {
    const caseId = await caseWithTeam('同意の記録');
    const evidence = `同意書 No. ${randomBytes(3).toString('hex')}`;
    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto(`/cases/${caseId}`);
    const consents = page.getByRole('region', { name: '本人同意' });
    await consents.getByText('記録された同意はありません。').waitFor();

    await consents.getByRole('button', { name: '同意を記録する' }).click();
    await consents.getByRole('button', { name: '記録する', exact: true }).click();
    await consents.getByText('同意の方法を選んでください。').waitFor();
    await consents.getByText('「許可」または「拒否」を1つ以上選んでください。').waitFor();

    await consents.getByLabel('同意の方法').selectOption({ label: '書面' });
    await consents.getByLabel('同意書の保管場所・記録番号など').fill(evidence);
    await consents.getByRole('checkbox', { name: '会議での検討' }).check();
    await consents.getByLabel(`${agencies.housing.name}への「健康」の提供`).selectOption({ label: '許可' });
    await consents.getByLabel(`${agencies.housing.name}への「精神保健」の提供`).selectOption({ label: '拒否' });
    await checkPage(page, 'case-consent-form');
    await consents.getByRole('button', { name: '記録する', exact: true }).click();

    await consents.getByText('同意を記録しました。').waitFor();
    const card = consents.getByRole('article').filter({ hasText: evidence });
    await card.getByText('有効', { exact: true }).waitFor();
    await card.getByText('共通同意書（チームの全機関の情報）').waitFor();
    const rows = card.getByRole('row');
    await rows.filter({ hasText: '許可' }).filter({ hasText: agencies.housing.name }).filter({ hasText: '健康' }).filter({ hasText: '支援の調整、会議での検討' }).waitFor();
    await rows.filter({ hasText: '拒否' }).filter({ hasText: '精神保健' }).waitFor();
    await checkPage(page, 'case-consents-recorded');

    // What the page recorded is what the API keeps.
    const { consents: stored } = await scope.app.http.as(tokens.coordinator).data<{ consents: { evidenceNote: string; providerAgencyIds: string[]; provisions: { effect: string; recipientAgencyIds: string[]; dataCategories: string[]; purposes: string[] }[] }[] }>(
      CONSENTS,
      { caseId },
    );
    expect(stored).toEqual([
      expect.objectContaining({
        evidenceNote: evidence,
        providerAgencyIds: [],
        provisions: expect.arrayContaining([
          expect.objectContaining({ effect: 'PERMIT', recipientAgencyIds: [agencies.housing.id], dataCategories: ['HEALTH'], purposes: ['CASE_COORDINATION', 'CONFERENCE'] }),
          expect.objectContaining({ effect: 'DENY', recipientAgencyIds: [agencies.housing.id], dataCategories: ['MENTAL_HEALTH'] }),
        ]),
      }),
    ]);
  });
});
