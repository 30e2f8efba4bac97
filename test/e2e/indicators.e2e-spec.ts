import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { CsvEncoding, decodeCsv } from '@renkei/spreadsheets';
import { CaseFixtures, MovableClock, Operations, useTestApp, type Staff } from '@renkei/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

// The indicators (指標) over the API, against an oracle: the records are made here through the
// same API the platform's users use, across a fiscal-year boundary (the clock set to 23:30 JST
// on March 31, then past midnight), and every figure is checked against what was made.

const REPORT = `query Report($period: IndicatorPeriodInput!, $agencyId: ID) {
  indicatorReport(period: $period, agencyId: $agencyId) {
    period { fiscalYear month from to } agencyId
    groups { key title indicators { key title unit value target drillDown breakdown { key label value } byMonth { month value } } }
  } }`;
const RECORDS = `query Records($key: IndicatorKey!, $period: IndicatorPeriodInput!, $cell: String) {
  indicatorRecords(key: $key, period: $period, cell: $cell) { kind id label on } }`;
const SET_TARGET = `mutation Target($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { key fiscalYear month agencyId value } }`;
const SETTINGS = `query { indicatorSettings { suppressionThreshold nationalReportItems } }`;
const UPDATE_SETTINGS = `mutation Settings($input: UpdateIndicatorSettingsInput!) { updateIndicatorSettings(input: $input) { suppressionThreshold nationalReportItems } }`;
const NATIONAL = `query National($fiscalYear: Int!) { nationalReport(fiscalYear: $fiscalYear) { fiscalYear rows { key label value suppressed } } }`;
const NATIONAL_FILE = `query NationalFile($fiscalYear: Int!) { nationalReportFile(fiscalYear: $fiscalYear, format: XLSX) { filename contentType base64 } }`;
const REPORT_FILE = `query ReportFile($period: IndicatorPeriodInput!, $format: SpreadsheetFormat!, $encoding: CsvEncoding, $forExternal: Boolean) {
  indicatorReportFile(period: $period, format: $format, encoding: $encoding, forExternal: $forExternal) { filename contentType base64 } }`;

const PLAN_FIELDS = 'id number status goals { id }';
const DRAFT_PLAN = `mutation Draft($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { ${PLAN_FIELDS} } }`;
const RECORD_AGREEMENT = `mutation Agree($id: ID!, $input: PlanAgreementInput!) { recordPlanAgreement(id: $id, input: $input) { id } }`;
const PROPOSE_PLAN = `mutation Propose($id: ID!, $conferenceId: ID!) { proposePlan(id: $id, conferenceId: $conferenceId) { id } }`;
const APPROVE_PLAN = `mutation Approve($id: ID!, $conferenceId: ID!) { approvePlan(id: $id, conferenceId: $conferenceId) { ${PLAN_FIELDS} } }`;
const EVALUATE_PLAN = `mutation Evaluate($id: ID!, $input: PlanEvaluationInput!) { evaluatePlan(id: $id, input: $input) { id } }`;
const CASE_PLANS = `query CasePlans($id: ID!) { case(id: $id) { id status plans { ${PLAN_FIELDS} } } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createResource(input: $input) { id } }`;
const REFER = `mutation Refer($input: ReferToResourceInput!) { referToResource(input: $input) { id version } }`;
const UPDATE_REFERRAL = `mutation Update($id: ID!, $status: ReferralStatus!, $expectedVersion: Int!) { updateReferral(id: $id, status: $status, expectedVersion: $expectedVersion) { id version } }`;
const DECLARE = `mutation Declare($input: DeclareEmergencyAccessInput!) { declareEmergencyAccess(input: $input) { id } }`;
const REVIEW = `mutation Review($id: ID!, $verdict: EmergencyReviewVerdict!, $note: String!) { reviewEmergencyAccess(id: $id, verdict: $verdict, note: $note) { id } }`;
const HOST_SUPPORT = `mutation Host($input: RecordHostSupportInput!) { recordHostSupport(input: $input) { id } }`;
const RECORD_ACTIVITY = `mutation Activity($input: CommunityActivityInput!) { recordCommunityActivity(input: $input) { id } }`;

interface Indicator {
  key: string;
  unit: string;
  value: number;
  target: number | null;
  drillDown: boolean;
  breakdown: { key: string; label: string; value: number }[];
  byMonth: { month: string; value: number }[];
}
interface Report {
  period: { fiscalYear: number; month: number | null; from: string; to: string };
  agencyId: string | null;
  groups: { key: string; indicators: Indicator[] }[];
}
interface Plan {
  id: string;
  number: number;
  status: string;
  goals: { id: string }[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;
// 23:30 JST on March 31, 2027: the last half hour of 年度 2026; an hour later, 年度 2027 has begun.
const LAST_NIGHT_OF_2026 = new Date('2027-03-31T23:30:00+09:00');
const FIRST_NIGHT_OF_2027 = new Date('2027-04-01T00:30:00+09:00');
const jstDate = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('indicators (指標): computed from the records, per period and agency, suppressed when they leave', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let chair: Staff;
  let housing: Staff;
  let health: Staff;
  let caseworker: Staff;
  let auditor: Staff;
  let admin: string;
  const intakeDays = new Map<string, number>(); // case → intake instant (ms), for the oracle of days to 支援決定
  const made = { housingWithConsent: 3, healthWithout: 2 };
  let takenOn: string; // the case taken on at 23:30 on March 31
  let approvedAt = 0;
  let referralId: string;
  let onTimeTask: string;
  let actionItem: string;
  let overdueTask: string;

  const as = (staff: Staff | string) => s.app.http.as(typeof staff === 'string' ? staff : staff.token);
  const setClock = (at: Date) => clock.advance(at.getTime() - clock.now().getTime());
  const report = async (staff: Staff | string, period: Record<string, unknown>, agencyId?: string) =>
    (await as(staff).data<{ indicatorReport: Report }>(REPORT, { period, agencyId })).indicatorReport;
  const indicator = (found: Report, key: string): Indicator => {
    const hit = found.groups.flatMap((group) => group.indicators).find((candidate) => candidate.key === key);
    if (!hit) throw new Error(`indicator ${key} missing`);
    return hit;
  };
  const cells = (found: Indicator) => Object.fromEntries(found.breakdown.map((cell) => [cell.key, cell.value]));

  async function intake(staff: Staff, needs: string[], consent: boolean): Promise<string> {
    const { registerIntake } = await as(staff).data<{ registerIntake: { id: string; openedAt: string } }>(Operations.REGISTER_INTAKE, {
      input: { subject: { fullName: '山田 花子', fullNameKana: 'ヤマダ ハナコ', birthDate: '1950-01-01', address: '桜市1-1' }, needs, note: '相談', consentToConnect: consent ? { given: true, method: 'ORAL' } : { given: false } },
    });
    intakeDays.set(registerIntake.id, Date.parse(registerIntake.openedAt));
    return registerIntake.id;
  }

  async function meeting(caseIds: string[], kind = 'MULTI_AGENCY_MEETING'): Promise<string> {
    const { scheduleConference } = await as(chair).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind, title: `${kind} ${clock.now().toISOString()}`, scheduledAt: clock.now().toISOString(), agencyIds: [chair.agencyId, housing.agencyId], caseIds },
    });
    await as(chair).data(Operations.ACKNOWLEDGE, { id: scheduleConference.id });
    await as(chair).data(Operations.START_CONFERENCE, { id: scheduleConference.id });
    return scheduleConference.id;
  }

  async function approveIn(plan: Plan, conferenceId: string): Promise<Plan> {
    await as(chair).data(RECORD_AGREEMENT, { id: plan.id, input: { method: 'WRITTEN', obtainedAt: new Date(clock.now().getTime() - MINUTE).toISOString() } });
    await as(chair).data(PROPOSE_PLAN, { id: plan.id, conferenceId });
    return (await as(chair).data<{ approvePlan: Plan }>(APPROVE_PLAN, { id: plan.id, conferenceId })).approvePlan;
  }

  const evaluate = (plan: Plan, input: Record<string, unknown>) =>
    as(chair).data(EVALUATE_PLAN, { id: plan.id, input: { goals: plan.goals.map((goal) => ({ goalId: goal.id, achievement: 'PARTLY', note: '評価' })), ...input } });
  const plansOf = async (caseId: string) => (await as(chair).data<{ case: { status: string; plans: Plan[] } }>(CASE_PLANS, { id: caseId })).case;

  beforeAll(async () => {
    setClock(LAST_NIGHT_OF_2026);
    admin = await s.fixtures.admin();
    chair = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    caseworker = housing;

    // Intakes: three at the housing counter with consent to connect, two at the health centre without.
    for (let i = 0; i < made.housingWithConsent; i++) await intake(housing, i === 0 ? ['HOUSING', 'FINANCES'] : ['HOUSING'], true);
    for (let i = 0; i < made.healthWithout; i++) await intake(health, ['HEALTH'], false);
    // The coordinator opens the case that is taken on at 23:30 on March 31 (支援決定 in 年度 2026).
    takenOn = await new CaseFixtures(s.app).openCase(chair.token, '指標の対象ケース');
    intakeDays.set(takenOn, Date.parse((await as(chair).data<{ case: { openedAt: string } }>(Operations.CASE, { id: takenOn })).case.openedAt));
    await as(chair).data(Operations.ADD_TEAM_MEMBER, { caseId: takenOn, agencyId: housing.agencyId });
    const goals = [{ term: 'SHORT', category: 'HOUSING', text: '住まいを守る', roles: [{ agencyId: housing.agencyId, action: '訪問', frequency: '週1回' }] }];
    const input = { personWishes: '家で暮らしたい', familyWishes: '', policy: '住まいを守る', participationReferral: false, outreach: false, leadAgencyId: housing.agencyId, nextReviewOn: jstDate(new Date(clock.now().getTime() + 30 * DAY)), goals };
    const first = (await as(chair).data<{ draftPlan: Plan }>(DRAFT_PLAN, { caseId: takenOn, input })).draftPlan;
    const march = await meeting([takenOn]);
    approvedAt = clock.now().getTime();
    const approved = await approveIn(first, march);
    // A 支援会議 the same night with two cases on its agenda.
    const [other] = [...intakeDays.keys()];
    await meeting([takenOn, other ?? takenOn], 'SUPPORT_MEETING');
    // 参加支援: the person starts at a 子ども食堂 that night, and is still there in July (3 months on, not 6).
    const resource = {
      name: '子ども食堂 さくら', nameKana: 'コドモショクドウ', organizationName: 'NPO法人 さくら', description: '夕食の場', targets: ['CHILDREN'], forms: ['MEALS'], area: '中央地区',
      address: '桜市本町2-3-1', schedules: [{ dayOfWeek: 'WEDNESDAY', opensAt: '17:00', closesAt: '19:30' }], cost: '無料', accessibility: '', languages: ['ja'],
    };
    const { createResource } = await as(chair).data<{ createResource: { id: string } }>(CREATE_RESOURCE, { input: resource });
    let referral = (await as(chair).data<{ referToResource: { id: string; version: number } }>(REFER, { input: { caseId: takenOn, resourceId: createResource.id, note: '' } })).referToResource;
    for (const status of ['AGREED', 'INTRODUCED', 'STARTED']) referral = (await as(chair).data<{ updateReferral: { id: string; version: number } }>(UPDATE_REFERRAL, { id: referral.id, status, expectedVersion: referral.version })).updateReferral;
    referralId = referral.id;
    // Its host is supported twice in March (one site), once in April.
    for (const [supportedOn, kind] of [['2027-03-10', 'VISIT'], ['2027-03-30', 'CONSULTATION']]) {
      await as(chair).data(HOST_SUPPORT, { input: { resourceId: createResource.id, kind, supportedOn, note: '受入れの相談', needsFollowUp: false } });
    }
    // An action item of the March meeting, reviewed as done in April's.
    actionItem = (await as(chair).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId: takenOn, title: '家主と話す', assigneeAgencyId: housing.agencyId, conferenceId: march } })).assignTask.id;
    // An emergency access declared by the housing caseworker that night, reviewed as 正当 by the officer.
    const reason = '本人と連絡が取れず、生命の危険が疑われるため緊急に確認する';
    const { declareEmergencyAccess } = await as(housing).data<{ declareEmergencyAccess: { id: string } }>(DECLARE, {
      input: { caseId: takenOn, categories: ['BASIC'], legalGround: 'LIFE_BODY_PROPERTY', reason, password: housing.password },
    });
    auditor = await s.fixtures.staff([Role.AUDITOR], { agencyId: chair.agencyId });
    await as(auditor).data(REVIEW, { id: declareEmergencyAccess.id, verdict: 'JUSTIFIED', note: '確認の結果、正当' });
    // Two tasks due at 23:40 on March 31: one done at once, one left open (overdue once the night passes).
    const due = new Date(LAST_NIGHT_OF_2026.getTime() + 10 * MINUTE).toISOString();
    const assign = async (title: string) =>
      (await as(chair).data<{ assignTask: { id: string; version: number } }>(Operations.ASSIGN_TASK, { input: { caseId: takenOn, title, assigneeAgencyId: housing.agencyId, dueAt: due } })).assignTask;
    const done = await assign('期限内に終える');
    onTimeTask = done.id;
    overdueTask = (await assign('期限を過ぎる')).id;
    let version = done.version;
    for (const status of ['ACCEPTED', 'COMPLETED']) version = (await as(housing).data<{ updateTaskStatus: { version: number } }>(Operations.UPDATE_TASK_STATUS, { id: done.id, status, expectedVersion: version })).updateTaskStatus.version;

    // Past midnight: 年度 2027. The plan is evaluated twice (継続, then 見守り), and the case leaves 見守り by hand.
    setClock(FIRST_NIGHT_OF_2027);
    await evaluate(approved, { decision: 'CONTINUE' });
    const second = (await plansOf(takenOn)).plans.find((plan) => plan.number === 2 || plan.status === 'DRAFT');
    if (!second) throw new Error('the continued plan has no next version');
    const april = await meeting([takenOn]);
    const approvedSecond = await approveIn(second, april);
    await as(chair).data(Operations.REVIEW_ACTION_ITEM, { conferenceId: april, taskId: actionItem, outcome: 'DONE', reason: '実施済み' });
    await as(chair).data(HOST_SUPPORT, { input: { resourceId: createResource.id, kind: 'VISIT', supportedOn: '2027-04-01', note: '訪問', needsFollowUp: false } });
    await evaluate(approvedSecond, { decision: 'WATCH', watchIntervalDays: 30 });
    await as(chair).data(Operations.CHANGE_CASE_STATUS, { caseId: takenOn, status: 'ASSESSMENT', note: '再相談' });

    // 地域づくり: two activities at one place in March (bodies A and B, B again), one on April 1.
    const activity = (heldOn: string, kind: string, participantCount: number, bodies: string[]) =>
      as(chair).data(RECORD_ACTIVITY, { input: { heldOn, place: '中央公民館', kind, participantCount, bodies, resourceIds: [], note: '' } });
    await activity('2027-03-20', 'EXCHANGE', 5, ['A会', 'B会']);
    await activity('2027-03-25', 'EXCHANGE', 1, ['B会']);
    await activity('2027-04-01', 'LEARNING', 4, []);
    // The figures are read in mid-July: the referral started on March 31 has lasted three months.
    setClock(new Date('2027-07-15T12:00:00+09:00'));
  }, 120_000);

  it('counts intakes by counter, need and consent to connect, and places them in their month (JST)', async () => {
    const year = await report(chair, { fiscalYear: 2026 });
    expect(year.period).toEqual({ fiscalYear: 2026, month: null, from: '2026-04-01', to: '2027-03-31' });
    const intakes = indicator(year, 'INTAKES');
    const all = made.housingWithConsent + made.healthWithout + 1;
    expect(intakes.value).toBe(all);
    expect(cells(intakes)).toEqual({ [housing.agencyId]: 3, [health.agencyId]: 2, [chair.agencyId]: 1 });
    expect(intakes.byMonth).toHaveLength(12);
    // Every intake happened today (real time): its JST month holds them all.
    const thisMonth = jstDate(new Date(Math.max(...intakeDays.values()))).slice(0, 7);
    expect(intakes.byMonth.find((month) => month.month === thisMonth)?.value).toBe(all);
    expect(intakes.byMonth.reduce((sum, month) => sum + month.value, 0)).toBe(all);
    // A case counts once in the total of needs and once under each need it names.
    const byNeed = indicator(year, 'INTAKES_BY_NEED');
    expect(byNeed.value).toBe(all);
    expect(cells(byNeed)).toEqual({ HOUSING: 4, FINANCES: 1, HEALTH: 2 });
    expect(cells(indicator(year, 'INTAKES_BY_CONSENT'))).toEqual({ WITH: 3, WITHOUT: 3 });
    // For one agency: its own intakes; conferences and 地域づくり (no agency's) are left out.
    const ofHousing = await report(chair, { fiscalYear: 2026 }, housing.agencyId);
    expect(indicator(ofHousing, 'INTAKES').value).toBe(3);
    expect(ofHousing.groups.map((group) => group.key)).not.toContain('COMMUNITY');
  });

  it('places 支援決定, evaluations and meetings on their side of the fiscal-year boundary', async () => {
    const [y2026, y2027, march, april] = await Promise.all([
      report(chair, { fiscalYear: 2026 }),
      report(chair, { fiscalYear: 2027 }),
      report(chair, { fiscalYear: 2026, month: 3 }),
      report(chair, { fiscalYear: 2027, month: 4 }),
    ]);
    expect(march.period).toMatchObject({ from: '2027-03-01', to: '2027-03-31' });
    expect(indicator(y2026, 'CASES_TAKEN_ON').value).toBe(1);
    expect(indicator(march, 'CASES_TAKEN_ON').value).toBe(1);
    expect(indicator(y2027, 'CASES_TAKEN_ON').value).toBe(0); // the second version is not a new taking-on
    expect(indicator(y2026, 'PLANS_APPROVED').value).toBe(1);
    expect(indicator(y2027, 'PLANS_APPROVED').value).toBe(1);
    // The plan evaluated twice, both in April: 継続 then 見守り.
    expect(indicator(y2026, 'PLANS_EVALUATED').value).toBe(0);
    expect(indicator(april, 'PLANS_EVALUATED')).toMatchObject({ value: 2, byMonth: [{ month: '2027-04', value: 2 }] });
    expect(cells(indicator(april, 'PLANS_EVALUATED'))).toEqual({ CONTINUE: 1, WATCH: 1 });
    // Days from intake to 支援決定: one case, its median and average alike.
    const days = Math.round(((approvedAt - (intakeDays.get(takenOn) ?? 0)) / DAY) * 10) / 10;
    expect(indicator(y2026, 'DAYS_TO_APPROVAL_MEDIAN').value).toBeCloseTo(median([days]), 0);
    expect(indicator(y2026, 'DAYS_TO_APPROVAL_AVERAGE').value).toBeCloseTo(days, 0);
    // Meetings by kind: in March one of each, in April the second approval's.
    expect(cells(indicator(y2026, 'CONFERENCES_HELD'))).toEqual({ MULTI_AGENCY_MEETING: 1, SUPPORT_MEETING: 1 });
    expect(indicator(y2026, 'CASES_DISCUSSED').value).toBe(3);
    expect(cells(indicator(y2027, 'CONFERENCES_HELD'))).toEqual({ MULTI_AGENCY_MEETING: 1 });
    // The case moved into 見守り and out of it again (status changes are stamped by the database: today).
    const today = await report(chair, { fiscalYear: 2026 });
    expect(indicator(today, 'WATCHING_STARTED').value).toBe(1);
    expect(cells(indicator(today, 'WATCHING_ENDED'))).toEqual({ ASSESSMENT: 1 });
    // Tasks due at 23:40 on March 31: one completed before, one still open past it.
    expect(cells(indicator(y2026, 'TASKS_ON_TIME'))).toEqual({ [housing.agencyId]: 1 });
    expect(cells(indicator(y2026, 'TASKS_OVERDUE'))).toEqual({ [housing.agencyId]: 1 });
    // 地域づくり: the place counts once, body B once, participants summed.
    expect([indicator(y2026, 'COMMUNITY_ACTIVITIES').value, indicator(y2026, 'COMMUNITY_SITES').value]).toEqual([2, 1]);
    expect([indicator(y2026, 'COMMUNITY_PARTICIPANTS').value, indicator(y2026, 'COMMUNITY_BODIES').value]).toEqual([6, 2]);
    expect(indicator(y2027, 'COMMUNITY_PARTICIPANTS').value).toBe(4);
    // 参加支援: started on March 31, still taking part three months on; six months have not passed.
    expect(cells(indicator(y2026, 'REFERRALS'))).toEqual({ STARTED: 1 });
    expect(indicator(y2026, 'PARTICIPATION_STARTED').value).toBe(1);
    expect(indicator(y2026, 'PARTICIPATION_CONTINUING_3M').value).toBe(1);
    expect(indicator(y2026, 'PARTICIPATION_CONTINUING_6M').value).toBe(0);
    expect(indicator(y2027, 'PARTICIPATION_STARTED').value).toBe(0);
    // The host supported: one site in 年度 2026 (twice, by two kinds of support), one in 2027.
    expect(indicator(y2026, 'HOST_SITES_SUPPORTED')).toMatchObject({ value: 1, breakdown: [{ key: 'CONSULTATION', value: 1 }, { key: 'VISIT', value: 1 }] });
    expect(indicator(y2027, 'HOST_SITES_SUPPORTED').value).toBe(1);
    // The action item reviewed as done (reviews are stamped by the database: today, in 年度 2026).
    expect(cells(indicator(y2026, 'ACTION_ITEMS_REVIEWED'))).toEqual({ DONE: 1 });
    // The emergency access, by its verdict; counted for the declaring agency.
    expect(cells(indicator(y2026, 'EMERGENCY_ACCESSES'))).toEqual({ JUSTIFIED: 1 });
    expect(indicator(await report(chair, { fiscalYear: 2026 }, housing.agencyId), 'EMERGENCY_ACCESSES').value).toBe(1);
    expect(indicator(await report(chair, { fiscalYear: 2026 }, health.agencyId), 'EMERGENCY_ACCESSES').value).toBe(0);
  });

  it('lets the coordinator open the records behind a figure, through each record’s own door', async () => {
    const year = await report(chair, { fiscalYear: 2026 });
    expect(indicator(year, 'INTAKES').drillDown).toBe(true);
    expect(indicator(year, 'EMERGENCY_ACCESSES').drillDown).toBe(false);
    const { indicatorRecords: ofHousing } = await as(chair).data<{ indicatorRecords: { kind: string; id: string; label: string; on: string }[] }>(RECORDS, {
      key: 'INTAKES',
      period: { fiscalYear: 2026 },
      cell: housing.agencyId,
    });
    expect(ofHousing).toHaveLength(3);
    expect(ofHousing.every((record) => record.kind === 'CASE' && intakeDays.has(record.id))).toBe(true);
    const { indicatorRecords: tasks } = await as(chair).data<{ indicatorRecords: { id: string }[] }>(RECORDS, { key: 'TASKS_OVERDUE', period: { fiscalYear: 2026 } });
    expect(tasks.map((task) => task.id)).toEqual([overdueTask]);
    expect(tasks.map((task) => task.id)).not.toContain(onTimeTask);
    const { indicatorRecords: referrals } = await as(chair).data<{ indicatorRecords: { kind: string; id: string; label: string; on: string }[] }>(RECORDS, { key: 'PARTICIPATION_STARTED', period: { fiscalYear: 2026 } });
    expect(referrals).toEqual([{ kind: 'REFERRAL', id: referralId, label: '指標の対象ケース：参加支援（参加開始）', on: '2027-03-31' }]);
  });

  it('refuses a caseworker; gives the administrator figures but no case behind them', async () => {
    expect((await as(caseworker).error(REPORT, { period: { fiscalYear: 2026 } })).extensions?.code).toBe('FORBIDDEN');
    expect((await as(caseworker).error(NATIONAL, { fiscalYear: 2026 })).extensions?.code).toBe('FORBIDDEN');
    const year = await report(admin, { fiscalYear: 2026 });
    expect(indicator(year, 'INTAKES')).toMatchObject({ value: 6, drillDown: false });
    expect((await as(admin).error(RECORDS, { key: 'INTAKES', period: { fiscalYear: 2026 } })).extensions?.code).toBe('FORBIDDEN');
    // The personal-information officer reads the figures (emergency accesses among them), sets nothing.
    expect(indicator(await report(auditor, { fiscalYear: 2026 }), 'EMERGENCY_ACCESSES')).toMatchObject({ value: 1, drillDown: false });
    expect((await as(auditor).error(SET_TARGET, { input: { key: 'INTAKES', fiscalYear: 2026, value: 1 } })).extensions?.code).toBe('FORBIDDEN');
    // Activities are the municipality's own figures, not a person's: open to the administrator.
    expect(indicator(year, 'COMMUNITY_ACTIVITIES').drillDown).toBe(true);
    expect((await as(admin).data<{ indicatorRecords: unknown[] }>(RECORDS, { key: 'COMMUNITY_ACTIVITIES', period: { fiscalYear: 2026 } })).indicatorRecords).toHaveLength(2);
    // Bad input is the caller's: BAD_USER_INPUT, never a 500.
    for (const period of [{ fiscalYear: 2026, month: 13 }, { fiscalYear: 1999 }]) expect((await as(chair).error(REPORT, { period })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await as(chair).error(REPORT, { period: { fiscalYear: 2026 }, agencyId: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe('BAD_USER_INPUT');
    // A cell that is no cell of the figure lists nothing; one that is no text PostgreSQL takes is refused.
    expect((await as(chair).data<{ indicatorRecords: unknown[] }>(RECORDS, { key: 'INTAKES', period: { fiscalYear: 2026 }, cell: 'x' })).indicatorRecords).toEqual([]);
    expect((await as(chair).request(RECORDS, { key: 'INTAKES', period: { fiscalYear: 2026 }, cell: 'a\u0000b' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes targets from the administrator only, audited, and shows them against the actuals', async () => {
    const input = { key: 'INTAKES', fiscalYear: 2026, value: 100 };
    expect((await as(chair).error(SET_TARGET, { input })).extensions?.code).toBe('FORBIDDEN');
    expect((await as(admin).data<{ setIndicatorTarget: unknown }>(SET_TARGET, { input })).setIndicatorTarget).toEqual({ ...input, month: null, agencyId: null });
    expect(indicator(await report(chair, { fiscalYear: 2026 }), 'INTAKES')).toMatchObject({ value: 6, target: 100 });
    expect(indicator(await report(chair, { fiscalYear: 2026, month: 3 }), 'INTAKES').target).toBeNull(); // a month has its own
    await as(admin).data(SET_TARGET, { input: { ...input, value: null } });
    expect(indicator(await report(chair, { fiscalYear: 2026 }), 'INTAKES').target).toBeNull();
    const { auditEvents } = await as(admin).data<{ auditEvents: { edges: { node: { action: string } }[] } }>(Operations.AUDIT_EVENTS, { first: 50 });
    expect(auditEvents.edges.map((edge) => edge.node.action)).toEqual(expect.arrayContaining(['indicator.target_set', 'indicator.target_cleared']));
    expect((await as(admin).error(SET_TARGET, { input: { ...input, value: -1 } })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never lets a count from 1 to below the threshold leave the municipality', async () => {
    const { indicatorSettings } = await as(chair).data<{ indicatorSettings: { suppressionThreshold: number; nationalReportItems: string[] } }>(SETTINGS);
    expect(indicatorSettings.suppressionThreshold).toBe(3);
    expect(indicatorSettings.nationalReportItems).toEqual(expect.arrayContaining(['INTAKES', 'CASES_TAKEN_ON', 'CONFERENCES_HELD', 'COMMUNITY_PARTICIPANTS']));
    const { nationalReport } = await as(chair).data<{ nationalReport: { rows: { key: string; label: string; value: number | null; suppressed: boolean }[] } }>(NATIONAL, { fiscalYear: 2026 });
    const row = (key: string) => nationalReport.rows.find((candidate) => candidate.key === key);
    expect(row('INTAKES')).toMatchObject({ value: 6, suppressed: false });
    expect(row('CASES_TAKEN_ON')).toEqual(expect.objectContaining({ value: null, suppressed: true }));
    expect(nationalReport.rows.every((candidate) => candidate.value === null || candidate.value === 0 || candidate.value >= 3)).toBe(true);

    // The national report as .xlsx: no number from 1 to 2 in it.
    const { nationalReportFile } = await as(chair).data<{ nationalReportFile: { filename: string; base64: string } }>(NATIONAL_FILE, { fiscalYear: 2026 });
    expect(nationalReportFile.filename).toMatch(/^国への報告_2026年度_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(nationalReportFile.base64, 'base64') as unknown as ArrayBuffer);
    const numbers: number[] = [];
    workbook.worksheets[0]?.eachRow((sheetRow) => sheetRow.eachCell((cell) => (typeof cell.value === 'number' ? numbers.push(cell.value) : undefined)));
    expect(numbers).toContain(6);
    expect(numbers.filter((n) => n > 0 && n < 3)).toEqual([]);

    // The indicator table for outside (外部提出用), in Shift_JIS: every cell 0 or at least 3; inside, whole.
    const external = await as(chair).data<{ indicatorReportFile: { base64: string; filename: string } }>(REPORT_FILE, { period: { fiscalYear: 2026 }, format: 'CSV', encoding: 'SHIFT_JIS', forExternal: true });
    expect(external.indicatorReportFile.filename).toContain('外部提出用');
    const rows = parse(decodeCsv(Buffer.from(external.indicatorReportFile.base64, 'base64'), CsvEncoding.SHIFT_JIS).text, { columns: true }) as Record<string, string>[];
    const figures = rows.flatMap((line) => Object.entries(line).filter(([header]) => header === '実績' || /^\d{4}-\d{2}$/.test(header)).map(([, value]) => value));
    expect(figures.filter((value) => value !== '' && Number(value) > 0 && Number(value) < 3)).toEqual([]);
    expect(rows.find((line) => line['指標'] === '地域づくりの活動回数' && line['内訳'] === '合計')).toMatchObject({ 実績: '', 備考: expect.stringContaining('秘匿') });
    const internal = await as(chair).data<{ indicatorReportFile: { base64: string } }>(REPORT_FILE, { period: { fiscalYear: 2026 }, format: 'CSV' });
    const inside = parse(Buffer.from(internal.indicatorReportFile.base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(inside.find((line) => line['指標'] === '地域づくりの活動回数' && line['内訳'] === '合計')?.['実績']).toBe('2');

    // The administrator lowers the threshold: a count of 2 may leave now; audited like every export.
    expect((await as(chair).error(UPDATE_SETTINGS, { input: { suppressionThreshold: 2 } })).extensions?.code).toBe('FORBIDDEN');
    await as(admin).data(UPDATE_SETTINGS, { input: { suppressionThreshold: 2 } });
    const lowered = await as(chair).data<{ nationalReport: { rows: { key: string; value: number | null }[] } }>(NATIONAL, { fiscalYear: 2026 });
    expect(lowered.nationalReport.rows.find((candidate) => candidate.key === 'CONFERENCES_HELD')?.value).toBe(2);
    expect(lowered.nationalReport.rows.find((candidate) => candidate.key === 'CASES_TAKEN_ON')).toMatchObject({ value: null });
    const { auditEvents } = await as(admin).data<{ auditEvents: { edges: { node: { action: string } }[] } }>(Operations.AUDIT_EVENTS, { first: 100 });
    expect(auditEvents.edges.map((edge) => edge.node.action)).toEqual(expect.arrayContaining(['export.created', 'indicator.settings_updated']));
  });
});
