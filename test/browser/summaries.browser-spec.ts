import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { CaseFixtures, Operations } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';

const ME = `query { me { agency { id } } }`;

describe('支援経過の要約', () => {
  const scope = useBrowserApp();
  let coordinator: string;
  let housing: string;
  let housingAgencyId: string;

  beforeAll(async () => {
    [coordinator, housing] = await Promise.all(['coordinator@sakura.example', 'housing@sakura.example'].map((email) => scope.app.login(email, DEMO_PASSWORD))) as [string, string];
    housingAgencyId = (await scope.app.http.as(housing).data<{ me: { agency: { id: string } } }>(ME)).me.agency.id;
  });

  it('the housing caseworker edits their own summary: the new version shows, the previous one can be viewed', async () => {
    const tag = randomBytes(3).toString('hex');
    const caseId = await new CaseFixtures(scope.app).openCase(coordinator, `要約の版 ${tag}`);
    await scope.app.http.as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housingAgencyId });
    await scope.app.http.as(housing).data(Operations.UPSERT_SUMMARY, { caseId, sections: [{ category: 'HOUSING', body: `家賃3か月滞納 ${tag}` }] });

    const page = await scope.signedIn('housing@sakura.example');
    await page.goto(`/cases/${caseId}`);
    const section = page.getByRole('region', { name: '支援経過の要約' });
    await section.getByText(`家賃3か月滞納 ${tag}`).waitFor();
    await section.getByText(/第1版/).waitFor();
    await section.getByText('自機関', { exact: true }).waitFor();
    await checkPage(page, 'case-summaries');

    await section.getByRole('button', { name: '自機関の要約を編集する' }).click();
    await section.getByLabel('住まい').fill(`家賃2か月滞納に減少 ${tag}`);
    await section.getByLabel('追加する区分').selectOption({ label: '家計' });
    await section.getByRole('button', { name: '区分を追加' }).click();
    await section.getByLabel('家計').fill(`債務整理を検討 ${tag}`);
    await checkPage(page, 'case-summary-editor');
    await section.getByRole('button', { name: '新しい版として保存する' }).click();

    await section.getByText('自機関の要約を第2版として保存しました。').waitFor();
    await section.getByText(/第2版・/).waitFor();
    await section.getByText(`債務整理を検討 ${tag}`).waitFor();
    await expect(section.getByText(`家賃3か月滞納 ${tag}`).count()).resolves.toBe(0);

    await section.getByRole('button', { name: '過去の版を見る' }).click();
    const dialog = page.getByRole('dialog', { name: '自機関の要約の版の履歴' });
    await dialog.getByText('現在の版').waitFor();
    await dialog.getByText(/第1版（/).click();
    await dialog.getByText(`家賃3か月滞納 ${tag}`).waitFor();
    await checkPage(page, 'case-summary-versions');
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
