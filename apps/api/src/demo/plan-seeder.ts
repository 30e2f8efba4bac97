import type { Actor } from '@renkei/access';
import type { Sector } from '@renkei/kernel';
import { GoalAchievement } from '@renkei/plans';
import type { TasksService } from '@renkei/tasks';
import { completeForAgency } from './agency-tasks.js';
import { DemoOperations as Op } from './operations.js';
import { DEMO_PLANS } from './plans.story.js';
import { required } from './required.js';
import type { CaseKey, Persona, StoryPlan } from './story-types.js';

const DAY = 86_400_000;
const JST_OFFSET = 9 * 3_600_000;

/** What telling the plans needs from the rest of the story: the served API as a demo user, the story's ids, its days. */
export interface PlanStage {
  api<T = unknown>(persona: Persona, source: string, variables: Record<string, unknown>): Promise<T>;
  caseId(key: CaseKey): string;
  agencyId(sector: Sector): string;
  meetingId(key: string): string;
  readonly now: Date;
  readonly tasks: TasksService;
  readonly coordinator: Actor;
}

interface ApprovedPlan {
  id: string;
  goals: { id: string; roles: { taskId: string | null }[] }[];
}

/**
 * Tells the support plans of plans.story.ts through the served API, as the coordinator
 * would: assessments and drafts first, approvals (支援決定) and evaluations in the held
 * 重層的支援会議 while they are in progress, and the evaluations decided outside a meeting
 * last (they may close a case).
 */
export class PlanSeeder {
  private readonly drafts = new Map<CaseKey, string>();
  private readonly approved = new Map<CaseKey, ApprovedPlan>();

  constructor(private readonly stage: PlanStage) {}

  /** Each case's assessment and plan draft (the case moves to PLANNING), with the person's agreement where given. */
  async draftAll(): Promise<void> {
    for (const plan of DEMO_PLANS) await this.draft(plan);
  }

  /** In a held meeting, in progress and chaired by the coordinator: the plans approved there, then those evaluated there. */
  async decideIn(meetingKey: string): Promise<void> {
    const conferenceId = this.stage.meetingId(meetingKey);
    for (const plan of DEMO_PLANS.filter((p) => p.approvedIn === meetingKey)) await this.approve(plan, conferenceId);
    for (const plan of DEMO_PLANS.filter((p) => p.evaluation?.inMeeting === meetingKey)) {
      // Put before the meeting for evaluation first (the case moves to REVIEW), as a chair would.
      await this.stage.api('coordinator', Op.PROPOSE_PLAN, { id: this.approvedPlan(plan).id, conferenceId });
      await this.evaluate(plan, conferenceId);
    }
  }

  /** The evaluations decided outside a meeting. */
  async evaluateRest(): Promise<void> {
    for (const plan of DEMO_PLANS.filter((p) => p.evaluation && !p.evaluation.inMeeting)) await this.evaluate(plan, null);
  }

  private async draft(plan: StoryPlan): Promise<void> {
    const caseId = this.stage.caseId(plan.case);
    await this.stage.api('coordinator', Op.SAVE_ASSESSMENT, { caseId, input: plan.assessment });
    const input = {
      personWishes: plan.personWishes,
      familyWishes: plan.familyWishes ?? null,
      policy: plan.policy,
      participationReferral: plan.participationReferral,
      outreach: plan.outreach,
      leadAgencyId: this.stage.agencyId(plan.leadAgency),
      nextReviewOn: this.day(plan.nextReviewInDays),
      goals: plan.goals.map((goal) => ({
        term: goal.term,
        category: goal.category,
        text: goal.text,
        targetDate: this.day(goal.targetInDays),
        roles: goal.roles.map((role) => ({ agencyId: this.stage.agencyId(role.agency), action: role.action, frequency: role.frequency })),
      })),
    };
    const { draftPlan } = await this.stage.api<{ draftPlan: { id: string } }>('coordinator', Op.DRAFT_PLAN, { caseId, input });
    this.drafts.set(plan.case, draftPlan.id);
    if (!plan.agreement) return;
    const obtainedAt = new Date(this.stage.now.getTime() - plan.agreement.daysAgo * DAY).toISOString();
    await this.stage.api('coordinator', Op.RECORD_PLAN_AGREEMENT, { id: draftPlan.id, input: { method: plan.agreement.method, obtainedAt } });
  }

  private async approve(plan: StoryPlan, conferenceId: string): Promise<void> {
    const id = required(this.drafts.get(plan.case), `draft plan of ${plan.case}`);
    await this.stage.api('coordinator', Op.PROPOSE_PLAN, { id, conferenceId });
    const { approvePlan } = await this.stage.api<{ approvePlan: ApprovedPlan }>('coordinator', Op.APPROVE_PLAN, { id, conferenceId });
    this.approved.set(plan.case, approvePlan);
  }

  private async evaluate(plan: StoryPlan, conferenceId: string | null): Promise<void> {
    const approved = this.approvedPlan(plan);
    const evaluation = required(plan.evaluation, `evaluation of ${plan.case}`);
    const goals = evaluation.goals.map((finding, index) => ({ finding, goal: required(approved.goals[index], `goal ${index + 1} of ${plan.case}`) }));
    // The agencies' work on the goals reached is done: their tasks are completed before the evaluation.
    for (const { finding, goal } of goals) {
      if (finding.achievement !== GoalAchievement.ACHIEVED) continue;
      for (const role of goal.roles) if (role.taskId) await completeForAgency(this.stage.tasks, this.stage.coordinator, role.taskId, '目標を達成');
    }
    const { decision, closureReason, reason, watchIntervalDays } = evaluation;
    await this.stage.api('coordinator', Op.EVALUATE_PLAN, { id: approved.id, input: { goals: goals.map(({ finding, goal }) => ({ goalId: goal.id, ...finding })), decision, closureReason, reason, watchIntervalDays, conferenceId } });
  }

  private approvedPlan(plan: StoryPlan): ApprovedPlan {
    return required(this.approved.get(plan.case), `approved plan of ${plan.case}`);
  }

  // A calendar day in Japan (YYYY-MM-DD), `days` from the moment of seeding.
  private day(days: number): string {
    return new Date(this.stage.now.getTime() + days * DAY + JST_OFFSET).toISOString().slice(0, 10);
  }
}
