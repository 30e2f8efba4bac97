import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { DataCategory } from '@renkei/kernel';
import { CaseFixtures, Operations } from '@renkei/testing';
import type { Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { useBrowserApp } from './support/browser-app.js';
import { useDemoStaff } from './support/demo-staff.js';
import { downloadFrom } from './support/downloads.js';

// The life of a support plan (支援プラン) across four browsers: proposed by the coordinator,
// approved (支援決定) by the chair of a 重層的支援会議, its roles arriving live as tasks at the
// agencies, evaluated by the lead agency (主担当機関) into 見守り; and the printable プランシート.

const DRAFT_PLAN = `mutation Draft($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { id number } }`;
const RECORD_AGREEMENT = `mutation Agree($id: ID!, $input: PlanAgreementInput!) { recordPlanAgreement(id: $id, input: $input) { id } }`;
const CASE_PLAN = `query CasePlan($id: ID!) { case(id: $id) { status plan { id status nextReviewOn evaluation { decision watchIntervalDays } goals { achievement roles { taskId } } } } }`;

interface CasePlan {
  case: { status: string; plan: { id: string; status: string; nextReviewOn: string | null; evaluation: { decision: string; watchIntervalDays: number | null } | null; goals: { achievement: string | null; roles: { taskId: string | null }[] }[] } | null };
}

/** A calendar day as Japan writes it, in the Western calendar or in 和暦. */
const japanDay = (day: string, calendar: 'gregory' | 'japanese') =>
  new Intl.DateTimeFormat(`ja-JP-u-ca-${calendar}`, { era: calendar === 'japanese' ? 'long' : undefined, year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date(`${day}T00:00:00+09:00`));

/** A day some weeks ahead (YYYY-MM-DD), for target and review dates. */
const daysAhead = (days: number) => new Date(Date.now() + days * 864e5).toISOString().slice(0, 10);

describe('支援プラン：作成から支援決定、評価（見守り）まで', () => {
  const scope = useBrowserApp();
  const { token, agency, as } = useDemoStaff(scope);

  /**
   * A case (opened by the coordinator: in アセスメント) with the housing and health agencies on its team, and the person's
   * consent to share the coordinator's plan with them (so they read the goals they work on).
   */
  async function arrangeCase(tag: string) {
    const title = `住まいと通院の支援 ${tag}`;
    const fixtures = new CaseFixtures(scope.app);
    const caseId = await fixtures.openCase(token.coordinator, title);
    for (const who of ['housing', 'health'] as const) await as('coordinator').data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: agency[who] });
    await fixtures.recordConsent(token.coordinator, caseId, { provisions: [{ recipientAgencyIds: [agency.housing, agency.health], dataCategories: [DataCategory.BASIC, DataCategory.HOUSING, DataCategory.HEALTH] }] });
    return { caseId, title };
  }

  /** The plan: two goals, three roles (housing and the coordinator's own agency on the first, health on the second); housing leads. */
  function planInput(tag: string) {
    return {
      personWishes: `今の家に住み続けたい ${tag}`,
      familyWishes: '母の通院を続けてほしい',
      policy: '住まいの確保と通院の継続を並行して支える',
      participationReferral: true,
      outreach: false,
      leadAgencyId: agency.housing,
      nextReviewOn: daysAhead(60),
      goals: [
        {
          term: 'SHORT',
          category: 'HOUSING',
          text: `家賃の滞納を解消する ${tag}`,
          targetDate: daysAhead(90),
          roles: [
            { agencyId: agency.housing, action: '家主と支払い計画を調整する', frequency: '週1回' },
            { agencyId: agency.coordinator, action: '家計の見直しを一緒に行う', frequency: '月1回' },
          ],
        },
        {
          term: 'LONG',
          category: 'HEALTH',
          text: `通院を続けて体調を安定させる ${tag}`,
          targetDate: daysAhead(180),
          roles: [{ agencyId: agency.health, action: '通院に同行し服薬を確認する', frequency: '月2回' }],
        },
      ],
    };
  }

  /** A 重層的支援会議 with the three agencies and the case on its agenda, chaired by the coordinator. */
  async function scheduleMeeting(caseId: string, tag: string): Promise<{ id: string; title: string }> {
    const title = `重層的支援会議 ${tag}`;
    const { scheduleConference } = await as('coordinator').data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'MULTI_AGENCY_MEETING', title, scheduledAt: new Date().toISOString(), agencyIds: [agency.coordinator, agency.housing, agency.health], caseIds: [caseId] },
    });
    return { id: scheduleConference.id, title };
  }

  /**
   * A caseworker's マイタスク, once its live stream is known to deliver: the subscription starts
   * "from now", so a task is given to their agency until the page announces it (an event, not a sleep).
   */
  async function liveTaskPage(who: 'housing' | 'health', caseId: string): Promise<Page> {
    const page = await scope.signedIn(`${who}@sakura.example`);
    await page.getByRole('heading', { level: 1, name: 'マイタスク' }).waitFor();
    for (let attempt = 1; ; attempt++) {
      const title = `接続確認 ${who} ${attempt} ${randomBytes(2).toString('hex')}`;
      await as('coordinator').data(Operations.ASSIGN_TASK, { input: { caseId, title, assigneeAgencyId: agency[who] } });
      try {
        await taskNotice(page, title).waitFor({ timeout: 2_000 });
        return page;
      } catch (error) {
        if (attempt === 10) throw error;
      }
    }
  }

  const taskNotice = (page: Page, title: string) => page.getByRole('status').filter({ hasText: `新しいタスクが割り当てられました：${title}` });
  const casePlan = async (caseId: string) => (await as('coordinator').data<CasePlan>(CASE_PLAN, { id: caseId })).case;

  it('the chair approves the plan in the room, each agency sees its task live, and the lead agency’s evaluation leaves the case in 見守り', async () => {
    const tag = randomBytes(3).toString('hex');
    const { caseId, title: caseTitle } = await arrangeCase(tag);
    const input = planInput(tag);
    // Drafted with the agreement over the API: writing a plan and its agreement in the editor is
    // plan-editor.browser-spec.ts's own test.
    const { draftPlan } = await as('coordinator').data<{ draftPlan: { id: string; number: number } }>(DRAFT_PLAN, { caseId, input });
    await as('coordinator').data(RECORD_AGREEMENT, { id: draftPlan.id, input: { method: 'WRITTEN', obtainedAt: new Date(Date.now() - 3_600_000).toISOString() } });
    const meeting = await scheduleMeeting(caseId, tag);

    const [housing, health] = await Promise.all([liveTaskPage('housing', caseId), liveTaskPage('health', caseId)]);

    // The coordinator chairs the meeting: 守秘義務 first (until then the agenda's cases are not
    // shown, not even to the chair), the meeting starts, and the plan is put before it from its page.
    const chair = await scope.signedIn('coordinator@sakura.example');
    await chair.goto(`/conferences/${meeting.id}`);
    await chair.getByRole('region', { name: '守秘義務の確認' }).getByRole('button', { name: '守秘義務を確認しました' }).click();
    await chair.getByRole('button', { name: '会議を開始する' }).click();
    await chair.getByText('開催中', { exact: true }).waitFor();
    await chair.goto(`/cases/${caseId}/plans/${draftPlan.id}`);
    const proposal = chair.getByRole('region', { name: '重層的支援会議に提出' });
    await proposal.getByRole('radio', { name: new RegExp(meeting.title) }).check();
    await proposal.getByRole('button', { name: '会議に提出する' }).click();
    await chair.getByText('会議に提出', { exact: true }).waitFor();

    // Back in the room, the chair approves it (支援決定).
    await chair.goto(`/conferences/${meeting.id}`);
    const item = chair.getByRole('region', { name: `議題1：${caseTitle}` });
    const plan = item.getByRole('region', { name: /支援プラン 第1版/ });
    await plan.getByText('会議に提出').waitFor();
    await plan.getByText(`家賃の滞納を解消する ${tag}`).waitFor();
    await plan.getByText(/保健センター.*（月2回）：通院に同行し服薬を確認する/).waitFor();
    await plan.getByText(/^本人の同意：書面/).waitFor();
    await checkPage(chair, 'plan-approval-room');

    await plan.getByRole('button', { name: '支援決定（プランを承認）' }).click();
    const dialog = chair.getByRole('dialog', { name: '支援プラン第1版の支援決定' });
    await dialog.getByText(/役割分担3件/).waitFor();
    await dialog.getByRole('button', { name: '承認する' }).click();
    await plan.getByText(/この会議で支援決定しました.*役割分担3件を、各機関にタスクとして依頼しました。/).waitFor();
    await plan.getByText('支援中', { exact: true }).waitFor();
    await item.getByRole('listitem').filter({ hasText: '支援プラン第1版を承認（支援決定）' }).waitFor();
    await expect(plan.getByRole('button', { name: '支援決定（プランを承認）' }).count()).resolves.toBe(0);
    // The 会議録 carries the plan as approved in this meeting.
    await chair.getByRole('link', { name: '会議録' }).click();
    await chair.getByRole('heading', { level: 1, name: '会議録' }).waitFor();
    await chair.getByRole('region', { name: /支援プラン 第1版/ }).getByText(/この会議で支援決定しました/).waitFor();

    // Each role agency hears of its task live, on its own マイタスク.
    const housingTask = `家賃の滞納を解消する ${tag}: 家主と支払い計画を調整する`;
    const healthTask = `通院を続けて体調を安定させる ${tag}: 通院に同行し服薬を確認する`;
    await taskNotice(housing, housingTask).waitFor();
    await housing.getByRole('article', { name: housingTask }).getByText('依頼中').waitFor();
    await taskNotice(health, healthTask).waitFor();
    await health.getByRole('article', { name: healthTask }).getByText('依頼中').waitFor();
    await checkPage(health, 'plan-role-task');
    const approved = await casePlan(caseId);
    expect(approved.status).toBe('IN_SUPPORT');
    expect(approved.plan?.goals.flatMap((goal) => goal.roles).every((role) => role.taskId)).toBe(true);

    // The lead agency's caseworker evaluates every goal and chooses 見守り.
    await housing.goto(`/cases/${caseId}`);
    await housing.getByRole('link', { name: '評価', exact: true }).click();
    await housing.getByRole('heading', { level: 1, name: '支援プランの評価（第1版）' }).waitFor();
    await housing.getByRole('button', { name: '評価を登録する' }).click();
    await housing.getByText('達成状況を選んでください。').first().waitFor();
    await housing.getByText('今後の支援の方向を選んでください。').waitFor();
    const first = housing.getByRole('group', { name: '目標1（短期目標）' });
    await first.getByText(`家賃の滞納を解消する ${tag}`).waitFor();
    await first.getByRole('radio', { name: '達成', exact: true }).check();
    await first.getByLabel('評価のメモ').fill('分割払いで滞納を解消した');
    await housing.getByRole('group', { name: '目標2（長期目標）' }).getByRole('radio', { name: '一部達成', exact: true }).check();
    await housing.getByRole('radio', { name: '見守り', exact: true }).check();
    await housing.getByLabel('見守り確認の間隔（日）').fill('30');
    await checkPage(housing, 'plan-evaluation');
    await housing.getByRole('button', { name: '評価を登録する' }).click();

    await housing.getByRole('heading', { level: 1, name: caseTitle }).waitFor();
    await housing.getByText('現在の状況：').filter({ hasText: '見守り' }).waitFor();
    const watched = await casePlan(caseId);
    expect(watched).toMatchObject({ status: 'WATCHING', plan: { status: 'WATCHING', evaluation: { decision: 'WATCH', watchIntervalDays: 30 } } });
    expect(watched.plan?.goals.map((goal) => goal.achievement)).toEqual(['ACHIEVED', 'PARTLY']);
    // Four people in four browsers, each page checked at two widths: longer than one page's test.
  }, 300_000);

  it('the プランシート prints the plan with the person’s wishes first, in Japan’s calendar when chosen', async () => {
    const tag = randomBytes(3).toString('hex');
    const { caseId, title: caseTitle } = await arrangeCase(tag);
    const input = planInput(tag);
    const { draftPlan } = await as('coordinator').data<{ draftPlan: { id: string } }>(DRAFT_PLAN, { caseId, input });

    const page = await scope.signedIn('coordinator@sakura.example');
    await page.goto(`/cases/${caseId}/plans/${draftPlan.id}/sheet`);
    await page.getByRole('heading', { level: 1, name: '支援プラン（第1版）' }).waitFor();
    await page.getByText(caseTitle, { exact: true }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual(['本人の希望（本人の言葉で）', '家族の希望', '総合的な方針', '目標と役割分担', '参加支援・アウトリーチ', '主担当機関・モニタリング', '本人の同意', '承認（支援決定）']);
    await page.getByRole('region', { name: '本人の希望（本人の言葉で）' }).getByText(`今の家に住み続けたい ${tag}`).waitFor();
    await page.getByRole('row', { name: /桜市 保健センター.*通院に同行し服薬を確認する.*月2回/ }).waitFor();
    const follow = page.getByRole('region', { name: '主担当機関・モニタリング' });
    await follow.getByText(japanDay(input.nextReviewOn, 'gregory'), { exact: true }).waitFor();
    await page.getByRole('button', { name: '印刷' }).waitFor();
    await page.getByRole('button', { name: 'ダウンロード', exact: true }).waitFor();
    await checkPage(page, 'plan-sheet');

    await page.getByRole('checkbox', { name: '日付を和暦で表示する' }).check();
    await follow.getByText(japanDay(input.nextReviewOn, 'japanese'), { exact: true }).waitFor();
    expect(japanDay(input.nextReviewOn, 'japanese')).toMatch(/^令和/);

    const download = await downloadFrom(page.getByRole('button', { name: 'ダウンロード', exact: true }));
    expect(download.suggestedFilename()).toBe(`支援プラン_${caseTitle}_第1版.html`);
    // The same sheet as a file of its own: its A4 stylesheet inside, the dates as chosen on the page.
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toMatch(/<style>[\s\S]*@page \{\s*size: A4;[\s\S]*<\/style>/);
    expect(file).toContain('<h1 class="plan-sheet__title">支援プラン（第1版）</h1>');
    expect(file).toContain(japanDay(input.nextReviewOn, 'japanese'));
    expect(file).not.toMatch(/<script/);
  });
});
