import { CaseStatus } from '@renkei/cases';
import { addDays, ConsentMethod, DataCategory, jstDate, jstMidnight, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
import { AssessmentUrgency, GoalAchievement, GoalTerm, PlanDecision } from '@renkei/plans';
import { ReferralEndReason, ReferralStatus } from '@renkei/participation';
import { TaskStatus } from '@renkei/tasks';
import { completeForAgency } from './agency-tasks.js';
import { historyMonths, type HistoryIntake, type HistoryMonth } from './history.story.js';
import { DemoOperations as Op } from './operations.js';
import { required } from './required.js';
import type { StoryClock } from './story-clock.js';
import type { StoryStage } from './story-seeder.js';
import type { Persona } from './story-types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The history stops this long before today, so that the last days belong to the present story (story-seeder.ts). */
const HISTORY_ENDS_DAYS_AGO = 10;
const SECTOR_OF: Readonly<Record<Persona, Sector>> = { coordinator: Sector.WELFARE, housing: Sector.HOUSING, health: Sector.HEALTH };

/** The directory of local resources the history's referrals name (the present story lists it). */
export interface Directory {
  listDirectory(): Promise<void>;
  resourceId(name: string): string;
}

/** A step of the history: what happened, when. */
interface Step {
  readonly at: number;
  readonly run: () => Promise<void>;
}

/** How a later meeting on the case finds an action item still open (ActionReviewOutcome of the served API). */
type ReviewOutcome = 'DONE' | 'NOT_DONE' | 'NO_LONGER_POSSIBLE';

interface ApprovedPlan {
  id: string;
  goals: { id: string; roles: { taskId: string | null }[] }[];
}

/**
 * Tells the year so far (history.story.ts) through the same services and served API as the
 * present story, the clock set back to the moment of each step: a day's intakes, the cases
 * taken on, the monthly 支援会議 and 重層的支援会議 with their approvals, evaluations and action
 * items, 参加支援 with support for its hosts, and 地域づくり. The steps are planned first, then
 * told in time order.
 */
export class HistorySeeder {
  private readonly steps: Step[] = [];
  private readonly caseIds = new Map<string, string>();
  private readonly drafts = new Map<string, string>();
  private readonly approved = new Map<string, ApprovedPlan>();
  // Drafted too late for this month's 重層的支援会議: approved in next month's.
  private carried: HistoryIntake[] = [];
  // Last month's person for this month's 支援会議.
  private undiscussed: HistoryIntake | null = null;
  private actionItems = 0;
  // Action items left open for the case's next meeting to review, by case.
  private readonly awaitingReview = new Map<string, { taskId: string; outcome: ReviewOutcome }>();

  constructor(
    private readonly stage: StoryStage,
    private readonly clock: StoryClock,
    private readonly directory: Directory,
  ) {}

  async tell(): Promise<void> {
    const now = this.clock.now().getTime();
    const end = now - HISTORY_ENDS_DAYS_AGO * DAY;
    // Plans approved in each month's 重層的支援会議 are evaluated two meetings later.
    const approvedIn: HistoryIntake[][] = [];
    // The coordinator entered the directory of local resources the day before the 年度 began
    // (or before the history's end, early in April: the present story needs it too).
    this.at(Math.min(monthStart(now, 0), end) - DAY, () => this.directory.listDirectory());
    for (const month of historyMonths(monthsSinceApril(now, end))) approvedIn.push(this.planMonth(month, approvedIn[month.index - 2] ?? [], now, end));
    try {
      // Steps may plan later ones (an action item's completion), so the earliest is taken each time.
      for (let step = this.takeEarliest(end); step; step = this.takeEarliest(end)) {
        this.clock.travelTo(new Date(step.at));
        await step.run();
      }
    } finally {
      this.clock.backToPresent();
    }
  }

  // The month's intakes, meetings and activity; returns the intakes whose plans its 重層的支援会議 approves.
  private planMonth(month: HistoryMonth, toEvaluate: readonly HistoryIntake[], now: number, end: number): HistoryIntake[] {
    const at = (day: number, hour: number) => monthStart(now, month.index) + (day - 1) * DAY + hour * HOUR;
    month.intakes.forEach((intake, k) => this.planIntake(intake, at(intake.day, 9) + k * 10 * 60_000));
    this.at(at(15, 11), () => this.recordActivity(month, at(15, 11)));
    // 支援会議 early in the month, about a person who came last month and was not taken on;
    // 重層的支援会議 on the 20th, approving the plans drafted before it was called (and those
    // drafted too late for last month's).
    if (this.undiscussed && at(8, 14) < end) this.planSupportMeeting(month, this.undiscussed, at(3, 10), at(8, 14));
    this.undiscussed = month.intakes.findLast((i) => i.consentToConnect && !i.takenOn) ?? null;
    const drafted = month.intakes.filter((i) => i.takenOn);
    const approvals = [...this.carried, ...drafted.filter((i) => i.day + 2 < 13)];
    this.carried = drafted.filter((i) => i.day + 2 >= 13);
    // 参加支援: a counter's caseworker connects a person who came early in the month with a resource.
    const connected = month.intakes.find((i) => i.consentToConnect && i.situation.resource && i.situation.by !== 'coordinator' && i.day <= 10);
    if (connected) this.planReferral(month, connected, at(connected.day + 10, 15));
    const host = connected?.situation.resource;
    if (host) this.at(at(25, 15), () => this.supportHost(month, host, at(25, 15)));
    if (at(20, 14) >= end) return [];
    // With no plan to decide, the meeting reviews a case of the month instead.
    const reviewed = approvals.length + toEvaluate.length === 0 ? month.intakes.filter((i) => i.consentToConnect && i.day < 13).slice(0, 1) : [];
    this.planMultiAgencyMeeting(month, { approvals, evaluations: toEvaluate, reviewed }, at(13, 10), at(20, 14));
    return approvals;
  }

  private planIntake(intake: HistoryIntake, at: number): void {
    this.at(at, () => this.registerIntake(intake));
    if (!intake.takenOn) return;
    this.at(at + 2 * DAY, () => this.takeOn(intake));
  }

  private async registerIntake({ key, subject, situation, consentToConnect }: HistoryIntake): Promise<void> {
    const input = { subject, needs: [...situation.needs], note: situation.note, consentToConnect: { given: consentToConnect !== null, method: consentToConnect } };
    const opened = await this.stage.cases.registerIntake(this.stage.actors[situation.by], input);
    this.caseIds.set(key, opened.id);
  }

  // 受付 to アセスメント and a plan the person agreed to, ready for the next 重層的支援会議.
  private async takeOn({ key, situation }: HistoryIntake): Promise<void> {
    const caseId = this.caseId(key);
    const coordinator = this.stage.actors.coordinator;
    await this.stage.cases.changeStatus(coordinator, caseId, CaseStatus.ASSESSMENT, '受付内容を確認し、アセスメントを開始。');
    if (situation.lead !== SECTOR_OF[situation.by]) await this.stage.cases.addTeamMember(coordinator, caseId, this.agencyId(situation.lead));
    const today = this.today();
    const sectors = [...new Set([SECTOR_OF[situation.by], situation.lead])];
    const consent = {
      caseId,
      method: ConsentMethod.WRITTEN,
      obtainedAt: this.clock.now().toISOString(),
      validFrom: this.clock.now().toISOString(),
      validUntil: new Date(this.clock.now().getTime() + 365 * DAY).toISOString(),
      evidenceNote: '同意書(共通様式) 原本は自立相談支援機関で保管。',
      provisions: [
        {
          effect: ProvisionEffect.PERMIT,
          recipientSectors: sectors,
          toCoordinatingBody: true,
          dataCategories: [DataCategory.BASIC, DataCategory.PARTICIPATION, ...situation.needs],
          purposes: [Purpose.CASE_COORDINATION, Purpose.CONFERENCE],
          recipientAgencyIds: [],
        },
      ],
    };
    await this.api('coordinator', Op.RECORD_CONSENT, { input: consent });
    const domains = situation.needs.map((category, i) => ({ category, text: i === 0 ? situation.note : '面談で詳しく確認している。' }));
    await this.api('coordinator', Op.SAVE_ASSESSMENT, { caseId, input: { urgency: AssessmentUrgency.MODERATE, unknownDomains: [], domains } });
    const plan = {
      personWishes: '「今の暮らしを立て直したい」',
      familyWishes: null,
      policy: `${situation.goal}ために、関係機関が役割を分けて本人を支える。`,
      participationReferral: situation.resource !== undefined,
      outreach: false,
      leadAgencyId: this.agencyId(situation.lead),
      nextReviewOn: addDays(today, 100),
      goals: [
        {
          term: GoalTerm.SHORT,
          category: situation.needs[0],
          text: situation.goal,
          targetDate: addDays(today, 120),
          roles: [{ agencyId: this.agencyId(situation.lead), action: situation.action, frequency: '月1回' }],
        },
      ],
    };
    const { draftPlan } = await this.api<{ draftPlan: { id: string } }>('coordinator', Op.DRAFT_PLAN, { caseId, input: plan });
    this.drafts.set(key, draftPlan.id);
    await this.api('coordinator', Op.RECORD_PLAN_AGREEMENT, { id: draftPlan.id, input: { method: ConsentMethod.WRITTEN, obtainedAt: this.clock.now().toISOString() } });
  }

  private planSupportMeeting(month: HistoryMonth, intake: HistoryIntake, scheduledOn: number, heldAt: number): void {
    const title = `${monthLabel(month)} 支援会議 (個別ケース検討)`;
    const participants = [Sector.WELFARE, SECTOR_OF[intake.situation.by], intake.situation.lead];
    let conferenceId = '';
    this.at(scheduledOn, async () => {
      conferenceId = await this.schedule('SUPPORT_MEETING', title, heldAt, participants, [intake]);
    });
    this.at(heldAt, async () => {
      const decision = { conferenceId, caseId: this.caseId(intake.key), text: '各機関で状況を確認し、次回の会議で報告する。' };
      await this.hold(conferenceId, [intake], () => this.api('coordinator', Op.RECORD_DECISION, decision));
      await this.actionItem(conferenceId, intake, heldAt, false);
      await this.api('coordinator', Op.END, { id: conferenceId });
    });
  }

  private planMultiAgencyMeeting(month: HistoryMonth, cases: { approvals: readonly HistoryIntake[]; evaluations: readonly HistoryIntake[]; reviewed: readonly HistoryIntake[] }, scheduledOn: number, heldAt: number): void {
    const { approvals, evaluations, reviewed } = cases;
    const agenda = [...approvals, ...evaluations, ...reviewed];
    const [first] = agenda;
    if (!first) return;
    const title = `${monthLabel(month)} 重層的支援会議 (定例)`;
    const participants = [Sector.WELFARE, Sector.HOUSING, Sector.HEALTH, ...agenda.map((i) => i.situation.lead)];
    let conferenceId = '';
    this.at(scheduledOn, async () => {
      conferenceId = await this.schedule('MULTI_AGENCY_MEETING', title, heldAt, participants, agenda);
    });
    this.at(heldAt, async () => {
      await this.hold(conferenceId, agenda, async () => {
        for (const intake of agenda) await this.reviewActionItem(intake, conferenceId);
        for (const intake of approvals) await this.approve(intake, conferenceId);
        for (const intake of evaluations) await this.evaluate(intake, conferenceId);
        for (const intake of reviewed) await this.api('coordinator', Op.RECORD_DECISION, { conferenceId, caseId: this.caseId(intake.key), text: '当面は相談窓口で経過を見守る。' });
      });
      // On a case taken on here, the meeting that evaluates its plan reviews it.
      await this.actionItem(conferenceId, first, heldAt, approvals.includes(first));
      await this.api('coordinator', Op.END, { id: conferenceId });
    });
  }

  private async schedule(kind: string, title: string, at: number, participants: readonly Sector[], agenda: readonly HistoryIntake[]): Promise<string> {
    const input = {
      kind,
      title,
      scheduledAt: new Date(at).toISOString(),
      agencyIds: [...new Set(participants)].map((sector) => this.agencyId(sector)),
      caseIds: agenda.map((intake) => this.caseId(intake.key)),
    };
    const { scheduleConference } = await this.api<{ scheduleConference: { id: string } }>('coordinator', Op.SCHEDULE_CONFERENCE, { input });
    await this.api('coordinator', Op.ACKNOWLEDGE, { id: scheduleConference.id });
    return scheduleConference.id;
  }

  // The coordinator chairs (no need to join a meeting one opens): minutes for each case, then what
  // is decided (the plans' decisions record themselves).
  private async hold(conferenceId: string, agenda: readonly HistoryIntake[], decide: () => Promise<void>): Promise<void> {
    await this.api('coordinator', Op.START, { id: conferenceId });
    for (const intake of agenda) {
      const text = `${intake.situation.note} 各機関の関わりを確認した。`;
      await this.api('coordinator', Op.ADD_MINUTES, { conferenceId, caseId: this.caseId(intake.key), text, expectedVersion: 0 });
    }
    await decide();
  }

  private async approve(intake: HistoryIntake, conferenceId: string): Promise<void> {
    const id = required(this.drafts.get(intake.key), `draft plan of ${intake.key}`);
    await this.api('coordinator', Op.PROPOSE_PLAN, { id, conferenceId });
    const { approvePlan } = await this.api<{ approvePlan: ApprovedPlan }>('coordinator', Op.APPROVE_PLAN, { id, conferenceId });
    this.approved.set(intake.key, approvePlan);
  }

  private async evaluate(intake: HistoryIntake, conferenceId: string): Promise<void> {
    const plan = required(this.approved.get(intake.key), `approved plan of ${intake.key}`);
    const outcome = required(intake.takenOn?.outcome, `outcome of ${intake.key}`);
    const achieved = outcome.decision === PlanDecision.CLOSE;
    // The agencies' work on goals reached is done before the evaluation, as in plan-seeder.ts.
    if (achieved) for (const role of plan.goals.flatMap((goal) => goal.roles)) if (role.taskId) await this.complete(role.taskId, '目標を達成');
    await this.api('coordinator', Op.PROPOSE_PLAN, { id: plan.id, conferenceId });
    const achievement = achieved ? GoalAchievement.ACHIEVED : GoalAchievement.PARTLY;
    const goals = plan.goals.map((goal) => ({ goalId: goal.id, achievement, note: '会議で各機関の報告を受けて評価した。' }));
    await this.api('coordinator', Op.EVALUATE_PLAN, { id: plan.id, input: { goals, ...outcome, conferenceId } });
  }

  private complete(taskId: string, note: string, version?: number): Promise<void> {
    return completeForAgency(this.stage.tasks, this.stage.actors.coordinator, taskId, note, version);
  }

  // An action item for the case's lead agency, due in two weeks: done on time; or, when a later
  // meeting on the case will review it, left open for it; else done late or no longer possible.
  private async actionItem(conferenceId: string, intake: HistoryIntake, heldAt: number, reviewedLater: boolean): Promise<void> {
    const { tasks, actors } = this.stage;
    const coordinator = actors.coordinator;
    const dueAt = heldAt + 14 * DAY;
    const task = await tasks.assign(coordinator, {
      caseId: this.caseId(intake.key),
      conferenceId,
      title: '会議の決定事項: 状況の確認と報告',
      description: intake.situation.action,
      assigneeAgencyId: this.agencyId(intake.situation.lead),
      dueAt: new Date(dueAt),
    });
    const outcome = this.actionItems++ % 4;
    if (outcome === 0) this.at(dueAt - 5 * DAY, () => this.complete(task.id, '対応し、結果を共有した。', task.version));
    else if (reviewedLater) this.awaitingReview.set(intake.key, { taskId: task.id, outcome: (['DONE', 'NOT_DONE', 'NO_LONGER_POSSIBLE'] as const)[outcome - 1] ?? 'NOT_DONE' });
    else if (outcome === 3) this.at(heldAt + 10 * DAY, () => this.cancel(task.id));
    else this.at(dueAt + 6 * DAY, () => this.complete(task.id, '対応し、結果を共有した。', task.version));
  }

  // The meeting finds the case's open action item done (late), not done (left open) or no longer possible (cancelled).
  private async reviewActionItem(intake: HistoryIntake, conferenceId: string): Promise<void> {
    const open = this.awaitingReview.get(intake.key);
    if (!open) return;
    this.awaitingReview.delete(intake.key);
    const reasons: Record<ReviewOutcome, string> = { DONE: '会議までに対応を終えたと報告があった。', NOT_DONE: '本人と連絡がつかず、まだ対応できていない。', NO_LONGER_POSSIBLE: '本人の転居により対応できなくなった。' };
    await this.api('coordinator', Op.REVIEW_ACTION_ITEM, { conferenceId, taskId: open.taskId, outcome: open.outcome, reason: reasons[open.outcome] });
    if (open.outcome === 'DONE') await this.complete(open.taskId, '対応し、結果を共有した。');
    if (open.outcome === 'NO_LONGER_POSSIBLE') await this.cancel(open.taskId);
  }

  private async cancel(taskId: string): Promise<void> {
    const { tasks, actors } = this.stage;
    const task = await tasks.get(actors.coordinator, taskId);
    await tasks.updateStatus(actors.coordinator, taskId, TaskStatus.CANCELLED, '対応不要となったため取り消す。', task.version);
  }

  // The referral's steps: started within two weeks, then still taking part, done, or declined at first.
  private planReferral(month: HistoryMonth, intake: HistoryIntake, referredAt: number): void {
    const { resource, by } = intake.situation;
    if (!resource || by === 'coordinator') return;
    let referral = { id: '', version: 0 };
    const step = (days: number, status: ReferralStatus, note: string, endReason: ReferralEndReason | null = null) =>
      this.at(referredAt + days * DAY, async () => {
        const variables = { id: referral.id, expectedVersion: referral.version, status, note, endReason, sharedWithHost: null };
        ({ updateReferral: referral } = await this.api<{ updateReferral: { id: string; version: number } }>(by, Op.UPDATE_REFERRAL, variables));
      });
    this.at(referredAt, async () => {
      const input = { caseId: this.caseId(intake.key), resourceId: this.directory.resourceId(resource), note: '相談の中で、地域の活動への参加を提案した。', sharedWithHost: null, followUpAt: null, hostFollowUpAt: null };
      ({ referToResource: referral } = await this.api<{ referToResource: { id: string; version: number } }>(by, Op.REFER_TO_RESOURCE, { input }));
    });
    if (month.index % 3 === 2) {
      step(3, ReferralStatus.DECLINED, '見学の後、本人が辞退した。', ReferralEndReason.PERSON_WITHDREW);
      return;
    }
    step(1, ReferralStatus.AGREED, '本人が参加に同意。');
    step(3, ReferralStatus.INTRODUCED, '受入先に紹介した。');
    step(7, ReferralStatus.STARTED, '初回参加。');
    if (month.index % 3 === 0) step(45, ReferralStatus.CONTINUING, '毎回参加している。');
    else step(60, ReferralStatus.ENDED, '目標を達成し、参加を終えた。', ReferralEndReason.GOAL_REACHED);
  }

  // 受入先への支援, dealt with there and then (a need for follow-up would stay on the hosts' list).
  private async supportHost({ hostSupport }: HistoryMonth, resource: string, at: number): Promise<void> {
    const input = { resourceId: this.directory.resourceId(resource), kind: hostSupport.kind, supportedOn: jstDate(new Date(at)), note: hostSupport.note, needsFollowUp: false };
    await this.api('coordinator', Op.RECORD_HOST_SUPPORT, { input });
  }

  private async recordActivity({ activity }: HistoryMonth, at: number): Promise<void> {
    const { participantCount, kind, place, bodies, note } = activity;
    const input = { heldOn: jstDate(new Date(at)), place, kind, participantCount, bodies: [...bodies], resourceIds: [], note };
    await this.api('coordinator', Op.RECORD_COMMUNITY_ACTIVITY, { input });
  }

  private at(at: number, run: () => Promise<void>): void {
    this.steps.push({ at, run });
  }

  // The earliest step not told yet (the first planned, of those at the same moment), if before `end`.
  private takeEarliest(end: number): Step | undefined {
    let earliest = -1;
    this.steps.forEach((step, i) => {
      if (step.at < end && (earliest < 0 || step.at < (this.steps[earliest] as Step).at)) earliest = i;
    });
    return earliest < 0 ? undefined : this.steps.splice(earliest, 1)[0];
  }

  private today(): string {
    return jstDate(this.clock.now());
  }

  private api<T = unknown>(persona: Persona, source: string, variables: Record<string, unknown>): Promise<T> {
    return this.stage.api.run<T>(this.stage.actors[persona], source, variables);
  }

  private caseId(key: string): string {
    return required(this.caseIds.get(key), `history case ${key}`);
  }

  private agencyId(sector: Sector): string {
    return required(this.stage.agencyIds.get(sector), `agency of ${sector}`);
  }
}

// The first moment (JST) of the index-th month of the 年度 `now` falls in (0: April).
function monthStart(now: number, index: number): number {
  const [year, month] = jstDate(new Date(now)).split('-').map(Number) as [number, number];
  const fiscalYear = month >= 4 ? year : year - 1;
  const m = 3 + index;
  return jstMidnight(`${fiscalYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`).getTime();
}

// The months of the 年度 begun before `end`.
function monthsSinceApril(now: number, end: number): number {
  let months = 0;
  while (months < 12 && monthStart(now, months) < end) months += 1;
  return months;
}

function monthLabel({ index }: HistoryMonth): string {
  return `${((index + 3) % 12) + 1}月`;
}

