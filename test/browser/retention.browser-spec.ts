import { describe, expect, it } from '@jest/globals';
import { DataCategory, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';

const ADMIN = 'admin@sakura.example';
const DAY_MS = 86_400_000;
const REPORT = `query { retentionReport { kind count } }`;

describe('保存期間', () => {
  const scope = useBrowserApp();
  const staff = useDemoStaff(scope);

  it('the administrator sets a period, reads the dry run, and removes what is past it after confirming', async () => {
    // A consent that ended a hundred days ago: past a 30-day period.
    const cases = new CaseFixtures(scope.app);
    const caseId = await cases.openCase(staff.token.coordinator, '保存期間の確認');
    const now = Date.now();
    await cases.recordConsent(staff.token.coordinator, caseId, {
      validFrom: new Date(now - 400 * DAY_MS),
      validUntil: new Date(now - 100 * DAY_MS),
      provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }],
    });

    const page = await scope.signedIn(ADMIN);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '保存期間' }).click();
    await page.getByRole('heading', { name: '保存期間', level: 1 }).waitFor();
    const policies = page.getByRole('region', { name: '保存期間の設定' });
    await policies.getByRole('row').filter({ hasText: '期限切れの同意' }).getByText('期間を定めず保存').waitFor();
    // The access log says why it cannot be shorter than 3 years, and its dialog holds to it.
    await policies.getByRole('row').filter({ hasText: 'アクセス記録・提供記録' }).getByText('1095日（3年）より短くはできません', { exact: false }).waitFor();
    await checkPage(page, 'retention');

    await policies.getByRole('button', { name: '期限切れの同意の保存期間を変更' }).click();
    const editor = page.getByRole('dialog', { name: '期限切れの同意の保存期間' });
    await editor.getByLabel('保存期間（日数）').fill('10');
    await editor.getByRole('button', { name: '保存する' }).click();
    await editor.getByText('範囲内の整数で入力してください。').waitFor();
    await editor.getByText('30日から36500日までの日数。', { exact: false }).waitFor();
    await editor.getByLabel('保存期間（日数）').fill('30');
    await editor.getByRole('button', { name: '保存する' }).click();
    await policies.getByText('期限切れの同意の保存期間を保存しました。').waitFor();
    await policies.getByRole('row').filter({ hasText: '期限切れの同意' }).getByText('30日').waitFor();
    await policies.getByRole('button', { name: 'アクセス記録・提供記録の保存期間を変更' }).click();
    const logEditor = page.getByRole('dialog', { name: 'アクセス記録・提供記録の保存期間' });
    await logEditor.getByText('1095日から36500日までの日数。', { exact: false }).waitFor();
    await logEditor.getByLabel('保存期間（日数）').fill('1094');
    await logEditor.getByRole('button', { name: '保存する' }).click();
    await logEditor.getByText('範囲内の整数で入力してください。').waitFor();
    await logEditor.getByRole('button', { name: 'キャンセル' }).click();

    // The dry run names what would go, and what the server counts is what the page shows.
    const admin = scope.app.http.as(await scope.app.login(ADMIN, DEMO_PASSWORD));
    const due = (await admin.data<{ retentionReport: { kind: string; count: number }[] }>(REPORT)).retentionReport.find((f) => f.kind === 'EXPIRED_CONSENTS')?.count ?? 0;
    expect(due).toBeGreaterThanOrEqual(1);
    const report = page.getByRole('region', { name: '削除の事前確認' });
    await report.getByRole('row').filter({ hasText: '期限切れの同意' }).getByText(`${due}件`).waitFor();

    await report.getByRole('button', { name: '今すぐ削除する' }).click();
    const confirm = page.getByRole('dialog', { name: '保存期間を過ぎたデータを削除しますか？' });
    await confirm.getByText(`期限切れの同意 ${due}件、アクセス記録・提供記録 0件を削除します。`, { exact: false }).waitFor();
    await checkPage(page, 'retention-confirm');
    await confirm.getByRole('button', { name: '削除する' }).click();
    await report.getByText(`削除しました（終結した事案 0件、期限切れの同意 ${due}件、アクセス記録・提供記録 0件）。`).waitFor();
    await report.getByText('保存期間を過ぎたデータはありません。').waitFor();

    const { verifyAuditChain } = await admin.data<{ verifyAuditChain: { ok: boolean } }>(Operations.VERIFY_AUDIT_CHAIN);
    expect(verifyAuditChain.ok).toBe(true);
  });

  it('is not offered to staff who are not administrators', async () => {
    const page = await scope.signedIn('coordinator@sakura.example');
    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    await menu.getByRole('link', { name: 'ケース' }).waitFor();
    expect(await menu.getByRole('link', { name: '保存期間' }).count()).toBe(0);
  });
});
