import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { CaseFixtures, Operations } from '@renkei/testing';
import type { Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';
import { watchForGlimpse } from './support/glimpses.js';

// 緊急時の閲覧 (break-glass, APPI art. 27(1)(ii)): the housing caseworker opens the health
// centre's section the person has not consented to share, never silently — a banner on every page
// of the case, a live notice to the personal-information officer, and the officer's 事後審査.

const DECLARE = `mutation Declare($input: DeclareEmergencyAccessInput!) { declareEmergencyAccess(input: $input) { id } }`;
const REVIEW = `mutation Review($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) { reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) { id } }`;

describe('緊急時の閲覧：申告、バナー、事後審査', () => {
  const scope = useBrowserApp();
  const { token, agency } = useDemoStaff(scope);

  /** A case with housing and health on its team, the health centre's 健康 section written, and no consent. */
  async function arrangeCase(title: string, healthNote: string): Promise<string> {
    const caseId = await new CaseFixtures(scope.app).openCase(token.coordinator, title);
    for (const who of ['housing', 'health'] as const) await scope.app.http.as(token.coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: agency[who] });
    await scope.app.http.as(token.health).data(Operations.UPSERT_SUMMARY, { caseId, sections: [{ category: 'HEALTH', body: healthNote }] });
    return caseId;
  }

  /**
   * The officer's review page, once its live stream is known to deliver: the subscription starts
   * "from now", so the coordinator declares on a case of its own until the page announces it.
   */
  async function liveReviewPage(tag: string): Promise<Page> {
    const page = await scope.signedIn('auditor@sakura.example');
    await page.goto('/emergency-accesses');
    await page.getByRole('heading', { level: 1, name: '緊急時の閲覧の事後審査' }).waitFor();
    const probe = await arrangeCase(`接続確認 ${tag}`, `接続確認 ${tag}`);
    for (let attempt = 1; ; attempt++) {
      await scope.app.http.as(token.coordinator).data(DECLARE, {
        input: { caseId: probe, categories: ['HEALTH'], legalGround: 'LIFE_BODY_PROPERTY', reason: `通知が届くことを確かめるための試験的な申告です（${attempt}回目）。`, password: DEMO_PASSWORD },
      });
      try {
        await liveNotice(page, '調整 太郎').waitFor({ timeout: 3_000 });
        return page;
      } catch (error) {
        // The municipality's default limit is three declarations a day per user.
        if (attempt === 3) throw error;
      }
    }
  }

  const liveNotice = (page: Page, declarer: string) => page.getByRole('status').filter({ hasText: `緊急時の閲覧が申告されました：${declarer}` });
  const banner = (page: Page) => page.getByRole('alert').filter({ hasText: '緊急時の閲覧中：健康' });

  it('the housing caseworker declares (a wrong password first), reads the section under the banner, the officer reviews it as 正当, and it ends early', async () => {
    const tag = randomBytes(3).toString('hex');
    const healthNote = `血圧の治療を中断している ${tag}`;
    const caseId = await arrangeCase(`緊急時の閲覧 ${tag}`, healthNote);
    const auditor = await liveReviewPage(tag);

    const housing = await scope.signedIn('housing@sakura.example');
    await housing.goto(`/cases/${caseId}`);
    const summaries = housing.getByRole('region', { name: '支援経過の要約' });
    await summaries.getByText('非開示').waitFor();
    await expect(summaries.getByText(healthNote).count()).resolves.toBe(0);

    await housing.getByRole('button', { name: '緊急時の閲覧', exact: true }).click();
    const dialog = housing.getByRole('dialog', { name: '緊急時の閲覧を申告する' });
    await dialog.getByRole('button', { name: '申告して閲覧する' }).click();
    await dialog.getByText('区分を1つ以上選んでください。').waitFor();
    await dialog.getByRole('checkbox', { name: '健康', exact: true }).check();
    await dialog.getByRole('radio', { name: /人の生命・身体・財産の保護/ }).check();
    await dialog.getByLabel('理由（なぜ今必要か）').fill('本人と3日間連絡が取れず、持病の悪化で自宅で倒れている可能性がある。');
    await dialog.getByLabel('あなたのパスワード（確認のため再入力）').fill('wrong-password');
    await checkPage(housing, 'emergency-declare-dialog');
    await dialog.getByRole('button', { name: '申告して閲覧する' }).click();
    await dialog.getByText('パスワードが一致しません。もう一度入力してください。').waitFor();
    // The form is kept: only the password is asked anew.
    await expect(dialog.getByRole('checkbox', { name: '健康', exact: true }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('あなたのパスワード（確認のため再入力）').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: '申告して閲覧する' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The section opens, said to be read under the declaration; the banner names it and its declarer.
    const section = summaries.getByRole('listitem').filter({ hasText: healthNote });
    await section.getByText('緊急時の閲覧', { exact: true }).waitFor();
    await banner(housing).getByText(/住まい 次郎/).waitFor();
    await checkPage(housing, 'emergency-case-banner');
    // Every page of the case shows it.
    await housing.goto(`/cases/${caseId}/assessment`);
    await banner(housing).waitFor();

    // The officer hears of it live, and reviews it as 正当.
    await liveNotice(auditor, '住まい 次郎').waitFor();
    const review = auditor.getByRole('button', { name: /住まい 次郎.*さんの申告.*を審査する/ });
    await auditor.getByRole('row').filter({ hasText: '本人と3日間連絡が取れず' }).getByText('閲覧中').waitFor();
    await checkPage(auditor, 'emergency-review-queue');
    await review.click();
    const reviewDialog = auditor.getByRole('dialog', { name: /住まい 次郎.*さんの緊急時の閲覧を審査する/ });
    await reviewDialog.getByRole('radio', { name: '正当', exact: true }).check();
    await reviewDialog.getByLabel('審査の所見').fill('連絡が途絶え、生命の危険が疑われた。閲覧は健康の区分に限られていた。');
    await checkPage(auditor, 'emergency-review-dialog');
    await reviewDialog.getByRole('button', { name: '審査を記録する' }).click();
    await auditor.getByText('審査を記録しました（正当）。「審査済み」に移りました。').waitFor();
    // The queue drops the row when its refetch answers, a moment after the message.
    await auditor.getByRole('row').filter({ hasText: '本人と3日間連絡が取れず' }).waitFor({ state: 'detached' });
    await auditor.getByLabel('表示する申告').selectOption({ label: '審査済み' });
    await auditor.getByRole('row').filter({ hasText: '本人と3日間連絡が取れず' }).getByText(/正当（監査 四郎/).waitFor();

    // The coordinator follows (read-only): the task page lists what still waits for review, and the declaration's task.
    const coordinator = await scope.signedIn('coordinator@sakura.example');
    const panel = coordinator.getByRole('region', { name: '事後審査が必要な緊急時の閲覧' });
    await panel.getByText(/調整 太郎/).waitFor();
    await expect(panel.getByText(/住まい 次郎/).count()).resolves.toBe(0);
    await coordinator.getByRole('article', { name: '緊急時の閲覧の確認' }).first().waitFor();
    await checkPage(coordinator, 'emergency-tasks-panel');

    // The declarer ends it early, on another page of the case: the banner goes. The case page,
    // opened again within the app, never shows the section, not even for a moment from what it
    // read under the declaration.
    await housing.goto(`/cases/${caseId}`);
    await section.waitFor();
    await housing.getByRole('link', { name: 'アセスメント', exact: true }).click();
    await banner(housing).getByRole('button', { name: '早期終了' }).click();
    await banner(housing).waitFor({ state: 'detached' });
    const glimpsed = await watchForGlimpse(housing, healthNote);
    await housing.getByRole('link', { name: 'ケースに戻る' }).click();
    await summaries.getByText('非開示').waitFor();
    await expect(summaries.getByText(healthNote).count()).resolves.toBe(0);
    await expect(glimpsed()).resolves.toBe(false);
  });

  it('the administrator sees a user with a 不当 review and sets the period, the review deadline and the daily limit', async () => {
    const tag = randomBytes(3).toString('hex');
    const caseId = await arrangeCase(`不当の申告 ${tag}`, `通院中 ${tag}`);
    const { declareEmergencyAccess } = await scope.app.http.as(token.health).data<{ declareEmergencyAccess: { id: string } }>(DECLARE, {
      input: { caseId, categories: ['HOUSING'], legalGround: 'LIFE_BODY_PROPERTY', reason: `住まいの状況を念のため確認したかったため ${tag}`, password: DEMO_PASSWORD },
    });
    const auditorToken = await scope.app.login('auditor@sakura.example', DEMO_PASSWORD);
    await scope.app.http.as(auditorToken).data(REVIEW, { id: declareEmergencyAccess.id, verdict: 'NOT_JUSTIFIED', note: '生命等の危険は示されていない。' });

    const admin = await scope.signedIn('admin@sakura.example');
    await admin.goto('/admin');
    await admin.getByRole('row').filter({ hasText: '保健 三奈' }).getByText('不当と判断された緊急時の閲覧 1件').waitFor();
    const settings = admin.getByRole('region', { name: '自治体の設定' });
    const hours = settings.getByLabel('緊急時の閲覧の有効時間（時間）');
    await expect(hours.inputValue()).resolves.toBe('4');
    await expect(settings.getByLabel('事後審査の期限（時間）').inputValue()).resolves.toBe('72');
    await expect(settings.getByLabel('1日あたりの申告上限').inputValue()).resolves.toBe('3');
    await hours.fill('0');
    await settings.getByRole('button', { name: '保存する' }).click();
    await settings.getByText('範囲内の整数を入力してください。').waitFor();
    await hours.fill('6');
    await settings.getByRole('button', { name: '保存する' }).click();
    await settings.getByText('設定を保存しました。').waitFor();
    await checkPage(admin, 'emergency-admin');
    const adminToken = await scope.app.login('admin@sakura.example', DEMO_PASSWORD);
    const { municipality } = await scope.app.http.as(adminToken).data<{ municipality: { emergencyAccessHours: number } }>(`query { municipality { emergencyAccessHours } }`);
    expect(municipality.emergencyAccessHours).toBe(6);
  });
});
