import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { startTestApp, type TestApp } from '@renkei/testing';

/**
 * The demo municipality tells a story every screen can show: this checks the story through
 * the API, as each demo user sees it.
 */
const CASES = `{ cases(first: 50) { totalCount edges { node { id title status recordRedacted subject { fullName }
  summaries { agency { sector } sections { category redacted basis } } } } } }`;
const CONSENTS = `query($caseId: ID!) { consents(caseId: $caseId) { state revocationReason provisions { effect dataCategories } } }`;
const CONFERENCES = `query($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { id kind status title acknowledgedByMe
  agenda { minutes minutesVersion decisions { text } } actionItems { title assigneeUser { email } } } }`;
const MY_TASKS = `{ myTasks { title status dueAt conferenceId } }`;
const PLANS = `{ cases(first: 50) { edges { node { status
  plan { id status approval { conferenceId } nextReviewOn leadAgency { sector } goals { roles { agency { sector } taskId } } }
  plans { status evaluation { decision closureReason watchIntervalDays nextCheckInOn } } } } } }`;
const HELD_DECISIONS = `query($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { id status agenda { decisions { text planId } } } }`;
const PLAN_TASKS = `{ myTasks { title planId } }`;
const HISTORY_CASES = `query($after: String) { cases(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
  edges { node { openedAt recordRedacted recordingAgency { sector } plans { approval { conferenceId } evaluation { decision } } referrals { status } } } } }`;
const HISTORY_MEETINGS = `query($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { kind status scheduledAt actionItems { status } } }`;
const ACTIVITIES = `query($from: LocalDate!, $to: LocalDate!) { communityActivities(from: $from, to: $to) { items { heldOn } } }`;

interface CaseNode {
  id: string;
  title: string;
  status: string;
  recordRedacted: boolean;
  subject: { fullName: string } | null;
  summaries: { agency: { sector: string }; sections: { category: string; redacted: boolean; basis: string | null }[] }[];
}
interface PlanCase {
  status: string;
  plan: {
    id: string;
    status: string;
    approval: { conferenceId: string } | null;
    nextReviewOn: string | null;
    leadAgency: { sector: string } | null;
    goals: { roles: { agency: { sector: string }; taskId: string | null }[] }[];
  } | null;
  plans: { status: string; evaluation: { decision: string; closureReason: string | null; watchIntervalDays: number | null; nextCheckInOn: string | null } | null }[];
}
interface HistoryCase {
  openedAt: string;
  recordRedacted: boolean;
  recordingAgency: { sector: string };
  plans: { approval: { conferenceId: string } | null; evaluation: { decision: string } | null }[];
  referrals: { status: string }[];
}
interface ConferenceNode {
  kind: string;
  status: string;
  acknowledgedByMe: boolean;
  agenda: { minutes: string | null; minutesVersion: number; decisions: { text: string }[] }[];
  actionItems: { title: string; assigneeUser: { email: string } | null }[];
}

describe('the demo municipality', () => {
  let app: TestApp;
  const as = async (email: string) => app.http.as(await app.login(email, DEMO_PASSWORD));
  const cases = async (email: string) => (await (await as(email)).data<{ cases: { edges: { node: CaseNode }[] } }>(CASES)).cases.edges.map((e) => e.node);

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true' });
  }, 60_000);
  afterAll(() => app?.close());

  it('has cases in every stage of their life, fictional people of 桜市, for the coordinator to see', async () => {
    const all = await cases('coordinator@sakura.example');
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(['INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT', 'WATCHING', 'CLOSED']));
    // The intakes taken without consent to be connected: the coordinator knows only that they exist.
    const withheld = all.filter((c) => c.recordRedacted);
    expect(withheld.length).toBeGreaterThanOrEqual(1);
    expect(withheld.every((c) => c.subject === null && c.status === 'INTAKE')).toBe(true);
    expect(all.filter((c) => c.subject).every((c) => /^\S+ \S+$/.test(c.subject?.fullName ?? ''))).toBe(true);
  });

  it('shows the housing caseworker the health centre’s sections the consent permits, and not the others', async () => {
    const mine = await cases('housing@sakura.example');
    expect(new Set(mine.map((c) => c.status)).size).toBeGreaterThanOrEqual(3);
    const kobayashi = mine.find((c) => c.subject?.fullName === '小林 正子');
    const health = kobayashi?.summaries.find((s) => s.agency.sector === 'HEALTH')?.sections ?? [];
    expect(health).toEqual(
      expect.arrayContaining([
        { category: 'HEALTH', redacted: false, basis: 'CONSENT' },
        { category: 'CARE_NEEDS', redacted: false, basis: 'CONSENT' },
        { category: 'MENTAL_HEALTH', redacted: true, basis: null },
      ]),
    );
  });

  it('keeps one consent revoked, with the person’s reason, beside an active one', async () => {
    const housing = await as('housing@sakura.example');
    const kimura = (await cases('housing@sakura.example')).find((c) => c.subject?.fullName === '木村 健太');
    const { consents } = await housing.data<{ consents: { state: string; revocationReason: string | null }[] }>(CONSENTS, { caseId: kimura?.id });
    // Beside the consent to be connected given at the counter, and the one still in force.
    expect(consents.map((c) => c.state).sort()).toEqual(['ACTIVE', 'ACTIVE', 'REVOKED']);
    expect(consents.find((c) => c.state === 'REVOKED')?.revocationReason).toContain('ハローワーク');
  });

  it('has a meeting held today with minutes, decisions and action items, and meetings scheduled in the coming days', async () => {
    const now = Date.now();
    const range = { from: new Date(now - 7 * 864e5).toISOString(), to: new Date(now + 14 * 864e5).toISOString() };
    const { conferences } = await (await as('housing@sakura.example')).data<{ conferences: ConferenceNode[] }>(CONFERENCES, range);
    const held = conferences.find((c) => c.status === 'ENDED');
    expect(held?.kind).toBe('MULTI_AGENCY_MEETING');
    expect(held?.acknowledgedByMe).toBe(true);
    expect(held?.agenda.every((item) => item.minutesVersion > 0 && item.decisions.length > 0)).toBe(true);
    expect(held?.actionItems.map((t) => t.assigneeUser?.email)).toContain('housing@sakura.example');
    expect(conferences.filter((c) => c.status === 'SCHEDULED').map((c) => c.kind)).toContain('SUPPORT_MEETING');
  });

  it('holds a case with its support plan in force: approved in the meeting held today, its roles the team agencies’ tasks', async () => {
    const coordinator = await as('coordinator@sakura.example');
    const all = (await coordinator.data<{ cases: { edges: { node: PlanCase }[] } }>(PLANS)).cases.edges.map((e) => e.node);
    const inSupport = all.find((c) => c.plan?.status === 'IN_PROGRESS');
    expect(inSupport?.status).toBe('IN_SUPPORT');
    const plan = inSupport?.plan;
    // 支援決定: the meeting held today approved it, and its decision links this version.
    const now = Date.now();
    const range = { from: new Date(now - 864e5).toISOString(), to: new Date(now).toISOString() };
    const { conferences } = await coordinator.data<{ conferences: { id: string; status: string; agenda: { decisions: { text: string; planId: string | null }[] }[] }[] }>(HELD_DECISIONS, range);
    const held = conferences.find((c) => c.id === plan?.approval?.conferenceId);
    expect(held?.status).toBe('ENDED');
    expect(held?.agenda.flatMap((item) => item.decisions).find((d) => d.planId === plan?.id)?.text).toContain('支援決定');
    expect(Date.parse(plan?.nextReviewOn ?? '')).toBeGreaterThan(now);
    const roles = plan?.goals.flatMap((goal) => goal.roles) ?? [];
    expect(roles.length).toBeGreaterThanOrEqual(3);
    expect(roles.every((role) => role.taskId)).toBe(true);
    // The housing agency leads: its caseworker finds the plan's role and review among their tasks.
    expect(plan?.leadAgency?.sector).toBe('HOUSING');
    const { myTasks } = await (await as('housing@sakura.example')).data<{ myTasks: { title: string; planId: string | null }[] }>(PLAN_TASKS);
    expect(myTasks.filter((t) => t.planId === plan?.id).map((t) => t.title)).toEqual(expect.arrayContaining(['支援プランの評価（モニタリング）']));
    expect(myTasks.filter((t) => t.planId === plan?.id).length).toBeGreaterThanOrEqual(2);
  });

  it('has a case in 見守り after its plan’s evaluation, one closed with its goals achieved, and a draft plan in the making', async () => {
    const all = (await (await as('coordinator@sakura.example')).data<{ cases: { edges: { node: PlanCase }[] } }>(PLANS)).cases.edges.map((e) => e.node);
    const watching = all.find((c) => c.status === 'WATCHING');
    expect(watching?.plan?.status).toBe('WATCHING');
    expect(watching?.plans[0]?.evaluation).toEqual(expect.objectContaining({ decision: 'WATCH', watchIntervalDays: 30, nextCheckInOn: expect.any(String) }));
    const closed = all.find((c) => c.status === 'CLOSED');
    expect(closed?.plans[0]).toEqual({ status: 'CLOSED', evaluation: expect.objectContaining({ decision: 'CLOSE', closureReason: 'GOALS_ACHIEVED' }) });
    const planning = all.find((c) => c.status === 'PLANNING');
    expect(planning?.plan).toBeNull();
    expect(planning?.plans.map((p) => p.status)).toEqual(['DRAFT']);
  });

  it('tells this 年度 so far, month by month, for the indicators: intakes, 支援決定 and evaluations, meetings, 参加支援 and 地域づくり', async () => {
    const coordinator = await as('coordinator@sakura.example');
    const all: HistoryCase[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const { cases }: { cases: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: HistoryCase }[] } } = await coordinator.data(HISTORY_CASES, { after });
      all.push(...cases.edges.map((e) => e.node));
      ({ hasNextPage: more, endCursor: after } = cases.pageInfo);
    }
    // The history runs from April 1 (JST) of this 年度 to ten days ago (apps/api/src/demo/history-seeder.ts).
    const month = (at: number) => new Date(at + 9 * 3_600_000).toISOString().slice(0, 7);
    const today = month(Date.now());
    const april = `${Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0)}-04`;
    const end = Date.now() - 10 * 864e5;
    const months: string[] = [];
    for (let m = april; m <= month(end); m = month(Date.parse(`${m}-01T00:00:00+09:00`) + 32 * 864e5)) months.push(m);
    const history = all.filter((c) => Date.parse(c.openedAt) < end);
    const opened = new Map(months.map((m) => [m, history.filter((c) => month(Date.parse(c.openedAt)) === m)]));
    // Every month has its intakes (the last one runs only up to ten days ago), at several counters, with and without consent.
    for (const [m, intakes] of opened) if (m !== month(end)) expect([m, intakes.length >= 8]).toEqual([m, true]);
    if (months.length < 3) return;
    expect(new Set(history.map((c) => c.recordingAgency.sector))).toEqual(new Set(['WELFARE', 'HOUSING', 'HEALTH']));
    expect(history.some((c) => c.recordRedacted) && history.some((c) => !c.recordRedacted)).toBe(true);
    // Cases taken on (支援決定) in the monthly 重層的支援会議, and evaluated in a later one.
    const plans = history.flatMap((c) => c.plans);
    expect(plans.filter((p) => p.approval).length).toBeGreaterThanOrEqual(months.length / 2);
    const decisions = plans.map((p) => p.evaluation?.decision);
    expect(decisions).toEqual(expect.arrayContaining(months.length >= 8 ? ['CLOSE', 'WATCH', 'SUSPEND'] : months.length >= 6 ? ['CLOSE', 'WATCH'] : ['CLOSE']));
    // 参加支援: people connected with the directory's resources, some still taking part after months.
    const referrals = history.flatMap((c) => c.referrals.map((r) => r.status));
    expect(referrals.length).toBeGreaterThanOrEqual(months.length - 2);
    expect(referrals).toEqual(expect.arrayContaining(months.length >= 5 ? ['CONTINUING', 'ENDED', 'DECLINED'] : ['CONTINUING']));
    // A 重層的支援会議 each month and a 支援会議 most months, their action items done, cancelled, or still open.
    const range = { from: `${april}-01T00:00:00+09:00`, to: new Date(end).toISOString() };
    const { conferences } = await coordinator.data<{ conferences: { kind: string; status: string; scheduledAt: string; actionItems: { status: string }[] }[] }>(HISTORY_MEETINGS, range);
    const held = conferences.filter((c) => c.status === 'ENDED');
    const heldIn = (kind: string) => new Set(held.filter((c) => c.kind === kind).map((c) => month(Date.parse(c.scheduledAt))));
    expect(heldIn('MULTI_AGENCY_MEETING').size).toBeGreaterThanOrEqual(months.length - 1);
    expect(heldIn('SUPPORT_MEETING').size).toBeGreaterThanOrEqual(months.length - 2);
    expect(held.flatMap((c) => c.actionItems.map((t) => t.status))).toEqual(expect.arrayContaining(months.length >= 4 ? ['COMPLETED', 'CANCELLED'] : ['COMPLETED']));
    // 地域づくり: an activity every month, on the 15th.
    const { communityActivities } = await coordinator.data<{ communityActivities: { items: { heldOn: string }[] } }>(ACTIVITIES, { from: `${april}-01`, to: month(end) + '-28' });
    expect(months.slice(0, -1).filter((m) => !communityActivities.items.some((a) => a.heldOn.startsWith(m)))).toEqual([]);
  });

  it('gives the housing caseworker and the coordinator tasks due soon, overdue and done', async () => {
    for (const email of ['housing@sakura.example', 'coordinator@sakura.example']) {
      const { myTasks } = await (await as(email)).data<{ myTasks: { status: string; dueAt: string | null; conferenceId: string | null }[] }>(MY_TASKS);
      const now = Date.now();
      const open = myTasks.filter((t) => !['COMPLETED', 'REJECTED', 'CANCELLED'].includes(t.status) && t.dueAt);
      expect(open.some((t) => Date.parse(t.dueAt ?? '') > now && Date.parse(t.dueAt ?? '') < now + 864e5)).toBe(true);
      expect(open.some((t) => Date.parse(t.dueAt ?? '') < now)).toBe(true);
      expect(myTasks.some((t) => t.status === 'COMPLETED')).toBe(true);
      expect(new Set(myTasks.map((t) => t.status)).size).toBeGreaterThanOrEqual(3);
    }
  });
});
