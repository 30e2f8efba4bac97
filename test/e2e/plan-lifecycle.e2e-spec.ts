import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { TaskReminders } from '@renkei/tasks';
import { CaseFixtures, MovableClock, Operations, useTestApp, type Collected, type Staff } from '@renkei/testing';

// The support plan's life over the API: proposed to a 重層的支援会議, approved there by its
// chair (支援決定) — roles become tasks exactly once — evaluated, continued, watched, closed.

const PLAN_FIELDS = `id caseId number version status nextReviewOn leadAgency { id } agreement { method } approval { conferenceId }
  evaluation { decision closureReason reason { text } watchIntervalDays nextCheckInOn }
  goals { id term achievement text { text } evaluationNote { text } roles { id agency { id } action { text } frequency taskId } }`;
const DRAFT_PLAN = `mutation Draft($caseId: ID!, $input: PlanInput!) { draftPlan(caseId: $caseId, input: $input) { ${PLAN_FIELDS} } }`;
const RECORD_AGREEMENT = `mutation Agree($id: ID!, $input: PlanAgreementInput!) { recordPlanAgreement(id: $id, input: $input) { id } }`;
const PROPOSE_PLAN = `mutation Propose($id: ID!, $conferenceId: ID!) { proposePlan(id: $id, conferenceId: $conferenceId) { ${PLAN_FIELDS} } }`;
const APPROVE_PLAN = `mutation Approve($id: ID!, $conferenceId: ID!) { approvePlan(id: $id, conferenceId: $conferenceId) { ${PLAN_FIELDS} } }`;
const EVALUATE_PLAN = `mutation Evaluate($id: ID!, $input: PlanEvaluationInput!) { evaluatePlan(id: $id, input: $input) { ${PLAN_FIELDS} } }`;
const CASE_PLANS = `query CasePlans($id: ID!) { case(id: $id) { id status team { id } plan { id number status } plans { id number status } } }`;
const CONFERENCE_PLAN = `query ConferencePlan($id: ID!) { conference(id: $id) { agenda { caseId plan { id number status } decisions { text planId } } } }`;
const PLAN_TASKS = `query PlanTasks { myTasks { id title description planId planGoalId dueAt status } }`;

interface PlanRole {
  id: string;
  agency: { id: string };
  action: { text: string | null };
  frequency: string;
  taskId: string | null;
}
interface Plan {
  id: string;
  caseId: string;
  number: number;
  status: string;
  nextReviewOn: string | null;
  approval: { conferenceId: string } | null;
  evaluation: { decision: string; closureReason: string | null; reason: { text: string | null } | null; watchIntervalDays: number | null; nextCheckInOn: string | null } | null;
  goals: { id: string; achievement: string | null; text: { text: string | null }; evaluationNote: { text: string | null } | null; roles: PlanRole[] }[];
}
interface CaseView {
  status: string;
  team: { id: string }[];
  plan: { id: string; number: number; status: string } | null;
  plans: { id: string; number: number; status: string }[];
}
interface Task {
  id: string;
  title: string;
  description: string;
  planId: string | null;
  planGoalId: string | null;
  dueAt: string | null;
  status: string;
}
interface TaskEvent {
  taskEvents: { id: string; type: string; task: { taskId: string; title: string } };
}

const DAY = 86_400_000;
/** A calendar date in Japan (UTC+9), as plans count them. */
const jstDate = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

describe('the support plan’s life cycle: proposal, 支援決定 in a 重層的支援会議, evaluation', () => {
  const clock = new MovableClock();
  const s = useTestApp({}, clock);
  let chair: Staff; // the coordinator who convenes and chairs the meetings
  let otherCoordinator: Staff; // a coordinator who does not chair them
  let housing: Staff; // the lead agency (主担当), on the case team, two roles
  let health: Staff; // a role agency not on the case team before approval
  let bystander: Staff; // on the team, neither lead nor role
  let cases: CaseFixtures;

  beforeAll(async () => {
    chair = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    otherCoordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    bystander = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    cases = new CaseFixtures(s.app);
  });

  const as = (staff: Staff) => s.app.http.as(staff.token);
  const code = async (staff: Staff, query: string, variables: Record<string, unknown>) => (await as(staff).error(query, variables)).extensions?.code;

  /** A case in ASSESSMENT with housing and the bystander on its team. */
  async function caseOnTeam(): Promise<string> {
    const caseId = await cases.openCase(chair.token);
    for (const member of [housing, bystander]) await as(chair).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
    return caseId;
  }

  /** Two goals, three roles (housing twice, health once), housing the lead agency, reviewed in `reviewInDays`. */
  async function draft(caseId: string, reviewInDays = 30): Promise<Plan> {
    const input = {
      personWishes: '自分の部屋で暮らし続けたい',
      familyWishes: '母の通院を手伝ってほしい',
      policy: '住まいを守り、通院を支える',
      participationReferral: true,
      outreach: false,
      leadAgencyId: housing.agencyId,
      nextReviewOn: jstDate(new Date(clock.now().getTime() + reviewInDays * DAY)),
      goals: [
        {
          term: 'SHORT',
          category: 'HOUSING',
          text: '家賃の滞納を解消する',
          targetDate: jstDate(new Date(clock.now().getTime() + 90 * DAY)),
          roles: [
            { agencyId: housing.agencyId, action: '家計の見直しを一緒に行う', frequency: '週1回' },
            { agencyId: housing.agencyId, action: '大家との話し合いに同席する', frequency: '必要時' },
          ],
        },
        { term: 'LONG', category: 'HEALTH', text: '定期的に通院できる', roles: [{ agencyId: health.agencyId, action: '通院同行', frequency: '月2回' }] },
      ],
    };
    return (await as(chair).data<{ draftPlan: Plan }>(DRAFT_PLAN, { caseId, input })).draftPlan;
  }

  const agree = (planId: string) => as(chair).data(RECORD_AGREEMENT, { id: planId, input: { method: 'WRITTEN', obtainedAt: new Date(clock.now().getTime() - 60_000).toISOString() } });

  /** A meeting chaired by `chair` on these cases, with housing and health convened; started unless told. */
  async function meeting(caseIds: string[], options: { kind?: string; start?: boolean } = {}): Promise<string> {
    const kind = options.kind ?? 'MULTI_AGENCY_MEETING';
    const { scheduleConference } = await as(chair).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind, title: `${kind} ${Date.now()}`, scheduledAt: clock.now().toISOString(), agencyIds: [chair.agencyId, housing.agencyId, health.agencyId], caseIds },
    });
    await as(chair).data(Operations.ACKNOWLEDGE, { id: scheduleConference.id });
    if (options.start ?? true) await as(chair).data(Operations.START_CONFERENCE, { id: scheduleConference.id });
    return scheduleConference.id;
  }

  const propose = async (planId: string, conferenceId: string) => (await as(chair).data<{ proposePlan: Plan }>(PROPOSE_PLAN, { id: planId, conferenceId })).proposePlan;
  const approve = async (planId: string, conferenceId: string) => (await as(chair).data<{ approvePlan: Plan }>(APPROVE_PLAN, { id: planId, conferenceId })).approvePlan;
  const caseView = async (caseId: string) => (await as(chair).data<{ case: CaseView }>(CASE_PLANS, { id: caseId })).case;
  const evaluations = (plan: Plan, achievement = 'PARTLY') => plan.goals.map((goal) => ({ goalId: goal.id, achievement, note: `${goal.text.text ?? ''}: 評価メモ` }));
  const evaluate = (staff: Staff, plan: Plan, input: Record<string, unknown>) => as(staff).request<{ evaluatePlan: Plan }>(EVALUATE_PLAN, { id: plan.id, input: { goals: evaluations(plan), ...input } });
  const tasksOf = async (staff: Staff, planId: string) => (await as(staff).data<{ myTasks: Task[] }>(PLAN_TASKS)).myTasks.filter((task) => task.planId === planId);

  /** A plan drafted, agreed to and approved in a started 重層的支援会議. */
  async function approvedPlan(reviewInDays?: number): Promise<{ caseId: string; conferenceId: string; plan: Plan }> {
    const caseId = await caseOnTeam();
    const drafted = await draft(caseId, reviewInDays);
    await agree(drafted.id);
    const conferenceId = await meeting([caseId]);
    await propose(drafted.id, conferenceId);
    return { caseId, conferenceId, plan: await approve(drafted.id, conferenceId) };
  }

  const newestTaskEvent = async () => (await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events'))[0]?.id ?? '0';
  const subscribed = async (...staff: Staff[]): Promise<Collected<TaskEvent>[]> => {
    const after = await newestTaskEvent();
    return staff.map((member) => s.app.ws(member.token).subscribe<TaskEvent>(Operations.TASK_EVENTS, { after }));
  };
  const ofTask = (taskId: string, type: string) => (event: TaskEvent) => event.taskEvents.task.taskId === taskId && event.taskEvents.type === type;

  describe('the state machine', () => {
    it('approval only of a plan proposed in that meeting, with the person’s agreement; proposal only once', async () => {
      const caseId = await caseOnTeam();
      const plan = await draft(caseId);
      const conferenceId = await meeting([caseId]);
      expect(await code(chair, APPROVE_PLAN, { id: plan.id, conferenceId })).toBe('CONFLICT'); // a DRAFT is not approved
      expect(await code(chair, EVALUATE_PLAN, { id: plan.id, input: { goals: evaluations(plan), decision: 'CLOSE', closureReason: 'GOALS_ACHIEVED' } })).toBe('CONFLICT');
      expect((await propose(plan.id, conferenceId)).status).toBe('PROPOSED');
      expect((await caseView(caseId)).plan).toBeNull();
      expect(await code(chair, PROPOSE_PLAN, { id: plan.id, conferenceId })).toBe('CONFLICT'); // PROPOSED → PROPOSED
      expect(await code(chair, APPROVE_PLAN, { id: plan.id, conferenceId })).toBe('CONFLICT'); // no agreement yet
      expect(await code(chair, EVALUATE_PLAN, { id: plan.id, input: { goals: evaluations(plan), decision: 'WATCH', watchIntervalDays: 30 } })).toBe('CONFLICT');
      await agree(plan.id);
      const other = await meeting([caseId]);
      expect(await code(chair, APPROVE_PLAN, { id: plan.id, conferenceId: other })).toBe('CONFLICT'); // proposed elsewhere
      expect((await approve(plan.id, conferenceId)).status).toBe('IN_PROGRESS');
      expect(await code(chair, APPROVE_PLAN, { id: plan.id, conferenceId })).toBe('CONFLICT'); // IN_PROGRESS → approve
    });

    it('only in a 重層的支援会議 in progress with the case on its agenda, and only by its chair', async () => {
      const caseId = await caseOnTeam();
      const plan = await draft(caseId);
      await agree(plan.id);
      const supportMeeting = await meeting([caseId], { kind: 'SUPPORT_MEETING' });
      expect(await code(chair, PROPOSE_PLAN, { id: plan.id, conferenceId: supportMeeting })).toBe('BAD_USER_INPUT');
      expect(await code(chair, APPROVE_PLAN, { id: plan.id, conferenceId: supportMeeting })).toBe('BAD_USER_INPUT');
      const elsewhere = await meeting([await caseOnTeam()]);
      expect(await code(chair, PROPOSE_PLAN, { id: plan.id, conferenceId: elsewhere })).toBe('BAD_USER_INPUT');
      const scheduled = await meeting([caseId], { start: false });
      expect(await code(otherCoordinator, PROPOSE_PLAN, { id: plan.id, conferenceId: scheduled })).toBe('FORBIDDEN');
      expect(await code(housing, PROPOSE_PLAN, { id: plan.id, conferenceId: scheduled })).toBe('FORBIDDEN');
      await propose(plan.id, scheduled); // a scheduled meeting takes the plan on its agenda…
      expect(await code(chair, APPROVE_PLAN, { id: plan.id, conferenceId: scheduled })).toBe('CONFLICT'); // …and decides once it runs
      await as(chair).data(Operations.START_CONFERENCE, { id: scheduled });
      expect(await code(otherCoordinator, APPROVE_PLAN, { id: plan.id, conferenceId: scheduled })).toBe('FORBIDDEN');
      expect(await code(housing, APPROVE_PLAN, { id: plan.id, conferenceId: scheduled })).toBe('FORBIDDEN');
      expect((await approve(plan.id, scheduled)).status).toBe('IN_PROGRESS');
    });

    it('evaluation by a coordinator or the lead agency, of an approved plan, with what its decision needs', async () => {
      const { caseId, plan } = await approvedPlan();
      expect(await code(bystander, EVALUATE_PLAN, { id: plan.id, input: { goals: evaluations(plan), decision: 'WATCH', watchIntervalDays: 30 } })).toBe('FORBIDDEN');
      const bad = async (input: Record<string, unknown>) => (await evaluate(housing, plan, input)).errors?.[0];
      expect(await bad({ decision: 'CLOSE' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('closureReason') });
      expect((await bad({ decision: 'CLOSE', closureReason: 'OTHER' }))?.message).toContain('reason');
      expect((await bad({ decision: 'SUSPEND' }))?.message).toContain('reason');
      expect((await bad({ decision: 'WATCH' }))?.message).toContain('watchIntervalDays');
      expect((await bad({ decision: 'WATCH', watchIntervalDays: 3 }))?.extensions?.code).toBe('BAD_USER_INPUT');
      const oneGoal = await as(housing).request(EVALUATE_PLAN, { id: plan.id, input: { goals: evaluations(plan).slice(1), decision: 'WATCH', watchIntervalDays: 30 } });
      expect(oneGoal.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('goals') });
      const twice = evaluations(plan);
      const again = await as(housing).request(EVALUATE_PLAN, { id: plan.id, input: { goals: [...twice, twice[0]], decision: 'WATCH', watchIntervalDays: 30 } });
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const closed = await evaluate(chair, plan, { decision: 'CLOSE', closureReason: 'OTHER', reason: '本人が市外の親族宅へ' });
      expect(closed.data?.evaluatePlan.status).toBe('CLOSED');
      // An ended plan is evaluated, proposed or approved no more.
      expect((await evaluate(chair, plan, { decision: 'WATCH', watchIntervalDays: 30 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await code(chair, PROPOSE_PLAN, { id: plan.id, conferenceId: await meeting([caseId]) })).toBe('CONFLICT');
    });

    it('a plan in force is proposed for evaluation: the plan and the case go to REVIEW', async () => {
      const { caseId, plan } = await approvedPlan();
      const review = await meeting([caseId]);
      expect((await propose(plan.id, review)).status).toBe('REVIEW');
      expect((await caseView(caseId)).status).toBe('REVIEW');
      const { conference } = await as(chair).data<{ conference: { agenda: { plan: { id: string; status: string } | null }[] } }>(CONFERENCE_PLAN, { id: review });
      expect(conference.agenda[0]?.plan).toMatchObject({ id: plan.id, status: 'REVIEW' });
      const watched = await evaluate(chair, plan, { decision: 'WATCH', watchIntervalDays: 14, conferenceId: review });
      expect(watched.data?.evaluatePlan.status).toBe('WATCHING');
      const decisions = (await as(chair).data<{ conference: { agenda: { decisions: { text: string; planId: string | null }[] }[] } }>(CONFERENCE_PLAN, { id: review })).conference.agenda[0]?.decisions;
      expect(decisions).toEqual([{ text: expect.stringContaining('見守り'), planId: plan.id }]);
    });
  });

  describe('支援決定: two concurrent approvals, roles become tasks exactly once', () => {
    let caseId: string;
    let conferenceId: string;
    let approved: Plan;
    let streams: Collected<TaskEvent>[];

    beforeAll(async () => {
      caseId = await caseOnTeam();
      const drafted = await draft(caseId);
      await agree(drafted.id);
      conferenceId = await meeting([caseId]);
      await propose(drafted.id, conferenceId);
      streams = await subscribed(housing, health);
      const results = await Promise.all([0, 1].map(() => as(chair).request<{ approvePlan: Plan }>(APPROVE_PLAN, { id: drafted.id, conferenceId })));
      expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
      const winner = results.find((result) => result.data?.approvePlan)?.data?.approvePlan;
      if (!winner) throw new Error('neither approval won');
      approved = winner;
    });

    it('the plan is in force, the case is in support, the role agencies are on the team', async () => {
      expect(approved).toMatchObject({ status: 'IN_PROGRESS', number: 1, approval: { conferenceId } });
      const view = await caseView(caseId);
      expect(view).toMatchObject({ status: 'IN_SUPPORT', plan: { id: approved.id, status: 'IN_PROGRESS' } });
      expect(view.team.map((agency) => agency.id)).toEqual(expect.arrayContaining([housing.agencyId, health.agencyId]));
    });

    it('each role has exactly one task, for its agency, linked to its goal; each agency hears ASSIGNED live', async () => {
      const roles = approved.goals.flatMap((goal) => goal.roles.map((role) => ({ ...role, goalId: goal.id })));
      expect(roles).toHaveLength(3);
      expect(new Set(roles.map((role) => role.taskId)).size).toBe(3);
      const housingTasks = await tasksOf(housing, approved.id);
      const healthTasks = await tasksOf(health, approved.id);
      for (const role of roles) {
        const mine = (role.agency.id === housing.agencyId ? housingTasks : healthTasks).filter((task) => task.id === role.taskId);
        expect(mine).toEqual([expect.objectContaining({ planGoalId: role.goalId, description: expect.stringContaining(role.frequency), title: expect.stringContaining(role.action.text ?? '') })]);
        await streams[role.agency.id === housing.agencyId ? 0 : 1]?.waitFor(ofTask(role.taskId ?? '', 'ASSIGNED'));
      }
      // No role task beyond the three, whichever approval ran: the review is the only other task.
      expect(housingTasks.filter((task) => task.planGoalId).map((task) => task.id).sort()).toEqual(roles.filter((r) => r.agency.id === housing.agencyId).map((r) => r.taskId).sort());
      expect(healthTasks.map((task) => task.id)).toEqual(roles.filter((r) => r.agency.id === health.agencyId).map((r) => r.taskId));
    });

    it('the review is a task due at 00:00 JST on the review date, for the lead agency and for the chair', async () => {
      const reviewFor = async (staff: Staff) => (await tasksOf(staff, approved.id)).filter((task) => task.title === '支援プランの評価（モニタリング）');
      const expected = new Date(`${approved.nextReviewOn ?? ''}T00:00:00+09:00`).toISOString();
      expect((await reviewFor(housing)).map((task) => new Date(task.dueAt ?? '').toISOString())).toEqual([expected]);
      expect((await reviewFor(chair)).map((task) => new Date(task.dueAt ?? '').toISOString())).toEqual([expected]);
    });

    it('the meeting’s decision links the version, the agenda item carries the plan, and the 会議録 holds the plan as approved', async () => {
      const { conference } = await as(chair).data<{ conference: { agenda: { plan: { id: string } | null; decisions: { text: string; planId: string | null }[] }[] } }>(CONFERENCE_PLAN, { id: conferenceId });
      expect(conference.agenda[0]).toMatchObject({ plan: { id: approved.id }, decisions: [{ text: '支援プラン第1版を承認（支援決定）', planId: approved.id }] });
      const { conferenceRecord } = await as(chair).data<{ conferenceRecord: string }>(Operations.CONFERENCE_RECORD, { id: conferenceId });
      for (const text of ['支援プラン 第1版', '自分の部屋で暮らし続けたい', '母の通院を手伝ってほしい', '住まいを守り、通院を支える', '家賃の滞納を解消する', '通院同行', '月2回', approved.nextReviewOn ?? '', 'WRITTEN']) {
        expect(conferenceRecord).toContain(text);
      }
    });
  });

  describe('evaluation (評価) and what it decides', () => {
    it('WATCH: the plan and the case watch, a 見守り確認 task is due for the lead agency, the review task is done', async () => {
      const { caseId, plan } = await approvedPlan();
      const [lead] = await subscribed(housing);
      const result = await evaluate(housing, plan, { decision: 'WATCH', watchIntervalDays: 14 });
      const watched = result.data?.evaluatePlan;
      expect(watched).toMatchObject({ status: 'WATCHING', evaluation: { decision: 'WATCH', watchIntervalDays: 14, nextCheckInOn: jstDate(new Date(clock.now().getTime() + 14 * DAY)) } });
      // The notes are the evaluating agency's data: the lead agency reads back what it wrote.
      expect(watched?.goals.map((goal) => [goal.achievement, goal.evaluationNote?.text])).toEqual(plan.goals.map((goal) => ['PARTLY', `${goal.text.text ?? ''}: 評価メモ`]));
      const { case: asCoordinator } = await as(chair).data<{ case: { plan: Plan } }>(`query($id: ID!) { case(id: $id) { plan { ${PLAN_FIELDS} } } }`, { id: caseId });
      // To the coordinator they are another agency's data: shown only on a basis (none here: no consent covers housing's data).
      expect(asCoordinator.plan.goals.map((goal) => goal.evaluationNote?.text)).toEqual(plan.goals.map(() => null));
      expect((await caseView(caseId)).status).toBe('WATCHING');
      const tasks = await tasksOf(housing, plan.id);
      const checkIn = tasks.filter((task) => task.title === '見守り確認');
      expect(checkIn.map((task) => new Date(task.dueAt ?? '').toISOString())).toEqual([new Date(`${watched?.evaluation?.nextCheckInOn ?? ''}T00:00:00+09:00`).toISOString()]);
      expect(tasks.filter((task) => task.title === '支援プランの評価（モニタリング）').map((task) => task.status)).toEqual(['COMPLETED']);
      await lead?.waitFor(ofTask(checkIn[0]?.id ?? '', 'ASSIGNED'));
    });

    it('CLOSE: the plan and the case close, with the reason', async () => {
      const { caseId, plan } = await approvedPlan();
      const closed = (await evaluate(chair, plan, { decision: 'CLOSE', closureReason: 'GOALS_ACHIEVED', reason: '家賃の滞納が解消し通院も定着' })).data?.evaluatePlan;
      expect(closed).toMatchObject({ status: 'CLOSED', evaluation: { decision: 'CLOSE', closureReason: 'GOALS_ACHIEVED', reason: { text: '家賃の滞納が解消し通院も定着' } } });
      const view = await caseView(caseId);
      expect(view).toMatchObject({ status: 'CLOSED', plan: null });
    });

    it('SUSPEND: the plan is suspended and the case closed', async () => {
      const { caseId, plan } = await approvedPlan();
      expect((await evaluate(chair, plan, { decision: 'SUSPEND', reason: '本人が支援を望まない' })).data?.evaluatePlan.status).toBe('SUSPENDED');
      expect((await caseView(caseId)).status).toBe('CLOSED');
    });

    it('CONTINUE: a next DRAFT copies the plan, the case plans; approving it supersedes the evaluated one', async () => {
      const { caseId, plan } = await approvedPlan();
      expect((await evaluate(chair, plan, { decision: 'CONTINUE' })).data?.evaluatePlan.status).toBe('EVALUATED');
      const view = await caseView(caseId);
      expect(view).toMatchObject({ status: 'PLANNING', plan: { id: plan.id, status: 'EVALUATED' } });
      const next = view.plans[0];
      expect(next).toMatchObject({ number: 2, status: 'DRAFT' });
      const { case: withNext } = await as(chair).data<{ case: { plans: Plan[] } }>(`query($id: ID!) { case(id: $id) { plans { ${PLAN_FIELDS} } } }`, { id: caseId });
      const copy = withNext.plans[0];
      expect(copy?.goals.map((goal) => [goal.text.text, goal.achievement, goal.evaluationNote, goal.roles.map((role) => [role.agency.id, role.action.text, role.frequency, role.taskId])])).toEqual(
        plan.goals.map((goal) => [goal.text.text, null, null, goal.roles.map((role) => [role.agency.id, role.action.text, role.frequency, null])]),
      );
      await agree(next?.id ?? '');
      const second = await meeting([caseId]);
      await propose(next?.id ?? '', second);
      expect((await approve(next?.id ?? '', second)).status).toBe('IN_PROGRESS');
      const after = await caseView(caseId);
      expect(after).toMatchObject({ status: 'IN_SUPPORT', plan: { id: next?.id, number: 2 } });
      expect(after.plans.map((p) => [p.number, p.status])).toEqual([
        [2, 'IN_PROGRESS'],
        [1, 'SUPERSEDED'],
      ]);
    });
  });

  describe('見守り stays open: each 見守り確認 completed calls for the next', () => {
    const checkInsOf = async (planId: string) => (await tasksOf(housing, planId)).filter((task) => task.title === '見守り確認');
    const planOf = async (caseId: string) => (await as(chair).data<{ case: { plan: Plan } }>(`query($id: ID!) { case(id: $id) { plan { ${PLAN_FIELDS} } } }`, { id: caseId })).case.plan;
    /** The lead agency takes the task up (REQUESTED → ACCEPTED); returns the version to complete it from. */
    const accept = async (taskId: string) =>
      (await as(housing).data<{ updateTaskStatus: { version: number } }>(Operations.UPDATE_TASK_STATUS, { id: taskId, status: 'ACCEPTED', expectedVersion: 1 })).updateTaskStatus.version;
    const complete = (taskId: string, expectedVersion: number) => as(housing).request(Operations.UPDATE_TASK_STATUS, { id: taskId, status: 'COMPLETED', expectedVersion });

    it('the lead agency completes the check-in: the next is due one interval after, reaches it live, the plan’s next check-in moves — once of two racing completions', async () => {
      const { caseId, plan } = await approvedPlan();
      await evaluate(housing, plan, { decision: 'WATCH', watchIntervalDays: 14 });
      const [first] = await checkInsOf(plan.id);
      if (!first?.dueAt) throw new Error('no check-in task');
      const version = await accept(first.id);
      clock.advance(3 * DAY); // checked in three days on: the next interval counts from the completion
      const [lead] = await subscribed(housing);
      const results = await Promise.all([complete(first.id, version), complete(first.id, version)]);
      expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const nextOn = jstDate(new Date(clock.now().getTime() + 14 * DAY));
      const checkIns = await checkInsOf(plan.id);
      expect(checkIns.map((task) => [task.status, new Date(task.dueAt ?? '').toISOString()])).toEqual([
        ['COMPLETED', new Date(first.dueAt).toISOString()],
        ['REQUESTED', new Date(`${nextOn}T00:00:00+09:00`).toISOString()],
      ]);
      await lead?.waitFor(ofTask(checkIns[1]?.id ?? '', 'ASSIGNED'));
      expect((await planOf(caseId)).evaluation).toMatchObject({ decision: 'WATCH', watchIntervalDays: 14, nextCheckInOn: nextOn });
    });

    it('neither a role’s task nor a check-in of a plan no longer watched (put before a meeting for evaluation) calls for one', async () => {
      const { caseId, plan } = await approvedPlan();
      const watched = (await evaluate(housing, plan, { decision: 'WATCH', watchIntervalDays: 30 })).data?.evaluatePlan;
      const role = plan.goals[0]?.roles.find((r) => r.agency.id === housing.agencyId);
      expect((await complete(role?.taskId ?? '', await accept(role?.taskId ?? ''))).errors).toBeUndefined();
      const [checkIn] = await checkInsOf(plan.id);
      expect((await propose(plan.id, await meeting([caseId]))).status).toBe('REVIEW');
      expect((await complete(checkIn?.id ?? '', await accept(checkIn?.id ?? ''))).errors).toBeUndefined();
      expect((await checkInsOf(plan.id)).map((task) => task.status)).toEqual(['COMPLETED']);
      expect((await planOf(caseId)).evaluation?.nextCheckInOn).toBe(watched?.evaluation?.nextCheckInOn);
    });
  });

  describe('what a next version ends, and what the audit trail keeps', () => {
    it('approving the next version of a watched plan supersedes it and ends its check-ins', async () => {
      const { caseId, plan } = await approvedPlan();
      await evaluate(housing, plan, { decision: 'WATCH', watchIntervalDays: 30 });
      const next = await draft(caseId);
      expect((await caseView(caseId)).status).toBe('PLANNING');
      await agree(next.id);
      const conferenceId = await meeting([caseId]);
      await propose(next.id, conferenceId);
      await approve(next.id, conferenceId);
      expect((await caseView(caseId)).plans.map((p) => [p.number, p.status])).toEqual([
        [2, 'IN_PROGRESS'],
        [1, 'SUPERSEDED'],
      ]);
      expect((await tasksOf(housing, plan.id)).filter((task) => task.title === '見守り確認').map((task) => task.status)).toEqual(['COMPLETED']);
    });

    it('each step is audited: plan.proposed, plan.approved, plan.evaluated, the role agency joining the team', async () => {
      const { caseId, plan } = await approvedPlan();
      await evaluate(chair, plan, { decision: 'CLOSE', closureReason: 'GOALS_ACHIEVED' });
      const auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
      const page = await s.app.http.as(auditor.token).data<{ auditEvents: { edges: { node: { action: string; details: string | null } }[] } }>(Operations.AUDIT_EVENTS, { filter: { caseId }, first: 100 });
      const actions = page.auditEvents.edges.map(({ node }) => ({ action: node.action, details: node.details ? (JSON.parse(node.details) as Record<string, unknown>) : null }));
      for (const action of ['plan.proposed', 'plan.approved', 'plan.evaluated']) expect(actions.filter((a) => a.action === action)).toHaveLength(1);
      expect(actions).toContainEqual(expect.objectContaining({ action: 'case.team_member_added', details: expect.objectContaining({ agencyId: health.agencyId, reason: 'plan_role' }) }));
    });
  });

  describe('reminders', () => {
    it('the review reaches the lead agency as DUE_SOON, then OVERDUE, exactly once each', async () => {
      const { caseId, plan } = await approvedPlan(3);
      const review = (await tasksOf(housing, plan.id)).find((task) => task.title === '支援プランの評価（モニタリング）');
      if (!review?.dueAt) throw new Error('no review task');
      const [lead] = await subscribed(housing);
      const reminders = s.app.app.get(TaskReminders);
      clock.advance(new Date(review.dueAt).getTime() - clock.now().getTime() - 3_600_000); // an hour before it is due
      await Promise.all([reminders.tick(), reminders.tick(), reminders.tick()]);
      await lead?.waitFor(ofTask(review.id, 'DUE_SOON'));
      clock.advance(2 * 3_600_000); // an hour late
      await Promise.all([reminders.tick(), reminders.tick()]);
      await lead?.waitFor(ofTask(review.id, 'OVERDUE'));
      await reminders.tick();
      const { assignTask: sentinel } = await as(chair).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
        input: { caseId, title: 'Sentinel after the last tick', assigneeAgencyId: housing.agencyId },
      });
      await lead?.waitFor(ofTask(sentinel.id, 'ASSIGNED'), 30_000);
      const items = lead?.items ?? [];
      const upToSentinel = items.slice(0, items.findIndex((event) => event.taskEvents.task.taskId === sentinel.id));
      expect(upToSentinel.filter((event) => event.taskEvents.task.taskId === review.id).map((event) => event.taskEvents.type)).toEqual(['DUE_SOON', 'OVERDUE']);
    });
  });

});
