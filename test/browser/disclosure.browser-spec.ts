import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { DataCategory } from '@renkei/kernel';
import { CaseFixtures, Operations, SUBJECT } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';
import { downloadFrom } from './support/downloads.js';

// 本人開示 (APPI arts. 76–78): the personal-information officer (AUDITOR) reaches a person's
// record from the audit page's 提供記録, withholds one provision on a ground of art. 78(1),
// and the document — printed or saved as JSON — then counts it under that ground, never shows it.

const AUDITOR = 'auditor@sakura.example';
const DOCUMENT = '保有個人情報開示書（本人開示）';
const GROUND = '事務の適正な遂行に支障（第78条第1項第7号）';
const WITHHELD_LINE = '1件（第78条第1項第7号：事務の適正な遂行に支障）';

describe('本人開示', () => {
  const scope = useBrowserApp();
  const tokenOf = (email: string) => scope.app.login(email, DEMO_PASSWORD);

  /** A fresh case whose record the housing and the health caseworkers read on the person's consent: two provisions. */
  async function caseProvidedTwice(): Promise<string> {
    const coordinator = await tokenOf('coordinator@sakura.example');
    const readers = await Promise.all(['housing', 'health'].map((who) => tokenOf(`${who}@sakura.example`)));
    const agencyIds = await Promise.all(readers.map(async (token) => (await scope.app.http.as(token).data<{ me: { agency: { id: string } } }>(Operations.ME)).me.agency.id));
    const fixtures = new CaseFixtures(scope.app);
    const caseId = await fixtures.openCase(coordinator, '本人開示の確認');
    for (const agencyId of agencyIds) await scope.app.http.as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId });
    await fixtures.recordConsent(coordinator, caseId, { provisions: [{ recipientAgencyIds: agencyIds, dataCategories: [DataCategory.BASIC] }] });
    for (const token of readers) await scope.app.http.as(token).data(Operations.CASE, { id: caseId });
    return caseId;
  }

  it('the auditor withholds a provision on a ground: the document, printed and saved, counts it under that ground and no longer lists it', async () => {
    const caseId = await caseProvidedTwice();
    const page = await scope.signedIn(AUDITOR);

    // From the audit page's 提供記録 of the case to its 本人開示.
    const audit = page.getByRole('region', { name: '提供記録' });
    await audit.getByLabel('ケースID').fill(caseId);
    await audit.getByRole('button', { name: '提供記録を表示する' }).click();
    await audit.getByText(`本人 ${SUBJECT.fullName}：提供記録 2件`).waitFor();
    await audit.getByRole('link', { name: '本人開示' }).click();
    await page.waitForURL(`**/cases/${caseId}/disclosure`);

    const doc = page.getByRole('article', { name: DOCUMENT });
    await doc.getByRole('heading', { level: 1, name: DOCUMENT }).waitFor();
    await expect(doc.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(['支援チーム（機関と役割）', '同意', '提供記録', '支援プラン', '不開示とした記録']);
    await doc.getByText(SUBJECT.fullName, { exact: true }).waitFor();
    const provided = doc.getByRole('region', { name: '提供記録', exact: true });
    await provided.getByRole('row', { name: /桜市 保健センター/ }).waitFor();
    await expect(provided.getByRole('row', { name: /桜市 居住支援法人.*本人同意.*基本情報.*1日/ }).count()).resolves.toBe(1);
    await doc.getByRole('region', { name: '同意' }).getByText('有効', { exact: true }).waitFor();
    const withheld = doc.getByRole('region', { name: '不開示とした記録' });
    await withheld.getByText('ありません。').waitFor();

    // The officer's review: the health centre's reading is withheld, with the ground asked for.
    const review = page.getByRole('region', { name: '開示前の確認（提供記録の一件ごと）' });
    const healthRow = review.getByRole('row').filter({ hasText: '保健 三奈 (health caseworker)' });
    await healthRow.getByRole('button', { name: '不開示にする' }).click();
    const dialog = page.getByRole('dialog', { name: '不開示にする' });
    await dialog.getByRole('button', { name: '不開示にする' }).click();
    await dialog.getByText('不開示の理由を選んでください。').waitFor();
    await dialog.getByLabel(GROUND).check();
    await dialog.getByRole('button', { name: '不開示にする' }).click();
    await dialog.waitFor({ state: 'detached' });
    await healthRow.getByText('不開示（第78条第1項第7号：事務の適正な遂行に支障）').waitFor();
    await healthRow.getByRole('button', { name: '不開示を取り消す' }).waitFor();

    // The document counts it under its ground, never says which it was.
    await withheld.getByText(WITHHELD_LINE).waitFor();
    await provided.getByRole('row', { name: /桜市 保健センター/ }).waitFor({ state: 'detached' });
    await expect(provided.getByRole('row', { name: /桜市 居住支援法人/ }).count()).resolves.toBe(1);
    await checkPage(page, 'disclosure');

    // 和暦 on request.
    await page.getByRole('checkbox', { name: '日付を和暦で表示する' }).check();
    await doc.getByText(/^令和\d+年\d+月\d+日$/).first().waitFor();

    // The person's copy as JSON: the document's fields, the count, not the withheld entry nor the officer's records.
    const download = await downloadFrom(page.getByRole('button', { name: 'JSONで保存' }));
    expect(download.suggestedFilename()).toMatch(new RegExp(`^本人開示_${caseId}_\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const text = await readFile(await download.path(), 'utf8');
    const saved = JSON.parse(text) as { caseId: string; personName: string; withheld: unknown; provisions: { recipientAgency: { name: string } | null }[] };
    expect(saved).toMatchObject({ caseId, personName: SUBJECT.fullName, withheld: [{ ground: 'IMPEDES_AFFAIRS', count: 1 }] });
    expect(saved.provisions.map((row) => row.recipientAgency?.name)).toEqual([expect.stringContaining('桜市 居住支援法人')]);
    expect(Object.keys(saved)).not.toContain('records');
    expect(text).not.toContain('__typename');
    expect(text).not.toContain('保健 三奈');

    // On paper: the document only — no menu, no tools, no officer's review.
    await page.emulateMedia({ media: 'print' });
    await doc.getByRole('heading', { level: 1, name: DOCUMENT }).waitFor();
    await withheld.getByText(WITHHELD_LINE).waitFor();
    await expect(review.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '印刷' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // A mistaken withholding is undone: the entry is back in the document.
    await healthRow.getByRole('button', { name: '不開示を取り消す' }).click();
    await provided.getByRole('row', { name: /桜市 保健センター/ }).waitFor();
    await withheld.getByText('ありません。').waitFor();
  });

  it('the administrator reads the document and the records, but the decision to withhold is the auditor’s', async () => {
    const caseId = await caseProvidedTwice();
    const page = await scope.signedIn('admin@sakura.example');
    await page.goto(`/cases/${caseId}/disclosure`);
    await page.getByRole('heading', { level: 1, name: DOCUMENT }).waitFor();
    const review = page.getByRole('region', { name: '開示前の確認（提供記録の一件ごと）' });
    await review.getByRole('row').filter({ hasText: '保健 三奈 (health caseworker)' }).waitFor();
    await expect(review.getByRole('button', { name: '不開示にする' }).count()).resolves.toBe(0);
  });
});
