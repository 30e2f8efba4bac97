import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { CasesService, CaseStatus, COORDINATION } from '@renkei/cases';
import { ConferenceStatus, PlanMeetings } from '@renkei/conferences';
import { Transactions } from '@renkei/database';
import { addDays, Clock, DataCategory, DomainError, jstDate } from '@renkei/kernel';
import type { PlanEvaluationInput } from './dto/plan-evaluation.input.js';
import { GuardedTexts } from './guarded-texts.js';
import { PlanDecision, PlanStatus } from './plan-enums.js';
import { assertEvaluation } from './plan-evaluation-rules.js';
import { assertDecidingMeeting } from './plan-meeting.js';
import { PlanNextVersion } from './plan-next-version.js';
import { APPROVED_PLAN_STATUSES, evaluation, requirePlanStep } from './plan-status.js';
import { PlanTasks } from './plan-tasks.js';
import { storedPlanTexts } from './plan-text-rows.js';
import { PlanTextPath } from './plan-texts.js';
import { PlanEntity, PlanGoalEntity } from './plan.entity.js';
import type { PlanModel } from './plan.model.js';
import { PlansService } from './plans.service.js';

// Where the case goes when the evaluation decides (CONTINUE: planning the next version).
const CASE_AFTER: Readonly<Record<PlanDecision, CaseStatus>> = {
  [PlanDecision.CONTINUE]: CaseStatus.PLANNING,
  [PlanDecision.CLOSE]: CaseStatus.CLOSED,
  [PlanDecision.SUSPEND]: CaseStatus.CLOSED,
  [PlanDecision.WATCH]: CaseStatus.WATCHING,
};

const DECISION_LABEL: Readonly<Record<PlanDecision, string>> = {
  [PlanDecision.CONTINUE]: '継続（次版を作成）',
  [PlanDecision.CLOSE]: '終結',
  [PlanDecision.SUSPEND]: '中断',
  [PlanDecision.WATCH]: '見守り',
};

/**
 * The plan's life in the meetings (多機関協働): put before a 重層的支援会議 (proposePlan),
 * approved there by its chair as the meeting's decision (approvePlan, 支援決定), and
 * evaluated (evaluatePlan, 評価). Each step is one transaction under the case's lock, checks
 * the plan's state machine, moves the case by the plan, and is audited.
 */
@Injectable()
export class PlanLifecycleService {
  constructor(
    private readonly tx: Transactions,
    private readonly plans: PlansService,
    private readonly cases: CasesService,
    private readonly meetings: PlanMeetings,
    private readonly tasks: PlanTasks,
    private readonly nextVersion: PlanNextVersion,
    private readonly texts: GuardedTexts,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** The chair puts the plan on the meeting's agenda item: a DRAFT to approve, a plan in force to evaluate (the case moves to REVIEW). */
  async propose(actor: Actor, id: string, conferenceId: string): Promise<PlanModel> {
    return this.tx.run(async () => {
      const { plan } = await this.plans.requireForChange(actor, id, 'read');
      assertDecidingMeeting(this.access, actor, await this.meetings.meeting(actor, conferenceId, plan.caseId), [ConferenceStatus.SCHEDULED, ConferenceStatus.IN_PROGRESS]);
      const to = requirePlanStep('propose', plan.status);
      await this.compareAndSet(plan, to, { proposedConferenceId: conferenceId });
      await this.meetings.carryPlan(conferenceId, plan.caseId, plan.id);
      // An evaluated plan's case is planning its next version already; it is evaluated again as it stands.
      if (to === PlanStatus.REVIEW && plan.status !== PlanStatus.EVALUATED) {
        await this.cases.moveByPlan(actor, plan.caseId, CaseStatus.REVIEW, `支援プラン第${plan.number}版を評価のため会議に提出`);
      }
      await this.audit.record(actor, [{ action: 'plan.proposed', caseId: plan.caseId, conferenceId, details: { planId: plan.id, number: plan.number, from: plan.status, to } }]);
      return this.view(actor, plan);
    });
  }

  /**
   * 支援決定 by the chair of the 重層的支援会議 in progress the plan was proposed in, with the
   * person's agreement recorded: the plan is in force (the previous one superseded), the
   * meeting's decision records it, the case is in support, and its roles and review are tasks.
   */
  async approve(actor: Actor, id: string, conferenceId: string): Promise<PlanModel> {
    return this.tx.run(async (manager) => {
      const { plan } = await this.plans.requireForChange(actor, id, 'read');
      const meeting = await this.meetings.meeting(actor, conferenceId, plan.caseId);
      assertDecidingMeeting(this.access, actor, meeting, [ConferenceStatus.IN_PROGRESS]);
      requirePlanStep('approve', plan.status);
      if (plan.proposedConferenceId !== conferenceId || meeting.agendaPlanId !== plan.id) throw DomainError.conflict('The plan was not proposed in this meeting; propose it here first');
      if (!plan.agreementMethod || !plan.agreementObtainedAt) throw DomainError.conflict('Record the person’s agreement to the plan (本人の同意) before approving it');
      const now = this.clock.now();
      await this.compareAndSet(plan, PlanStatus.IN_PROGRESS, { approvedConferenceId: conferenceId, approvedByUserId: actor.userId, approvedAt: now });
      const superseded = await manager
        .createQueryBuilder()
        .update(PlanEntity)
        .set({ status: PlanStatus.SUPERSEDED })
        .where('case_id = :caseId AND id <> :id AND status IN (:...approved)', { caseId: plan.caseId, id: plan.id, approved: APPROVED_PLAN_STATUSES })
        .returning('id')
        .execute();
      const decisionId = await this.meetings.recordDecision(actor, { conferenceId, caseId: plan.caseId, planId: plan.id, text: `支援プラン第${plan.number}版を承認（支援決定）` });
      await manager.update(PlanEntity, { id: plan.id }, { decisionId });
      await this.cases.moveByPlan(actor, plan.caseId, CaseStatus.IN_SUPPORT, `支援プラン第${plan.number}版を承認（支援決定）`);
      const supersededIds = (superseded.raw as { id: string }[]).map((row) => row.id);
      await this.tasks.followUpsEnded(actor, supersededIds);
      await this.tasks.approved(actor, plan, await storedPlanTexts(manager, plan.id));
      await this.audit.record(actor, [{ action: 'plan.approved', caseId: plan.caseId, conferenceId, details: { planId: plan.id, number: plan.number, decisionId, superseded: supersededIds } }]);
      return this.view(actor, plan);
    });
  }

  /**
   * 評価 by a coordinator or the lead agency: each goal's achievement, then one decision —
   * continue with a next version, close, suspend, or watch with check-ins. With a meeting,
   * recorded as its decision too (the caller chairs it).
   */
  async evaluate(actor: Actor, id: string, input: PlanEvaluationInput): Promise<PlanModel> {
    return this.tx.run(async (manager) => {
      const { plan } = await this.plans.requireForChange(actor, id, 'read');
      if (!this.access.can(actor, 'evaluate', 'Plan', { id: plan.id, municipalityId: plan.municipalityId, leadAgencyId: plan.leadAgencyId })) {
        throw DomainError.forbidden('Only a coordinator or the lead agency (主担当) evaluates the plan');
      }
      const to = requirePlanStep(evaluation(input.decision), plan.status);
      const goals = plan.goals ?? [];
      assertEvaluation(input, goals);
      const conferenceId = input.conferenceId ?? null;
      if (conferenceId) assertDecidingMeeting(this.access, actor, await this.meetings.meeting(actor, conferenceId, plan.caseId), [ConferenceStatus.IN_PROGRESS]);
      const now = this.clock.now();
      const watch = input.decision === PlanDecision.WATCH && input.watchIntervalDays ? { days: input.watchIntervalDays, on: addDays(jstDate(now), input.watchIntervalDays) } : null;
      await this.compareAndSet(plan, to, {
        evaluatedAt: now,
        evaluatedByUserId: actor.userId,
        evaluationDecision: input.decision,
        closureReason: input.closureReason ?? null,
        watchIntervalDays: watch?.days ?? null,
        nextCheckInOn: watch?.on ?? null,
      });
      for (const goal of input.goals) await manager.update(PlanGoalEntity, { id: goal.goalId }, { achievement: goal.achievement });
      const stored = await storedPlanTexts(manager, plan.id);
      await this.recordEvaluationTexts(actor, plan, goals, stored, input);
      await this.tasks.followUpsEnded(actor, [plan.id]);
      const nextPlanId = input.decision === PlanDecision.CONTINUE ? await this.nextVersion.continueFrom(actor, plan, stored) : null;
      if (watch) await this.tasks.checkIn(actor, plan, watch.on, watch.days);
      const label = `支援プラン第${plan.number}版を評価：${DECISION_LABEL[input.decision]}`;
      await this.cases.moveByPlan(actor, plan.caseId, CASE_AFTER[input.decision], [label, input.closureReason, input.reason].filter(Boolean).join(' — '));
      const decisionId = conferenceId ? await this.meetings.recordDecision(actor, { conferenceId, caseId: plan.caseId, planId: plan.id, text: label }) : null;
      await this.audit.record(actor, [
        { action: 'plan.evaluated', caseId: plan.caseId, conferenceId, details: { planId: plan.id, number: plan.number, decision: input.decision, closureReason: input.closureReason ?? null, nextPlanId, decisionId } },
      ]);
      return this.view(actor, plan);
    });
  }

  // The evaluation's notes (each of its goal's category) and the decision's reason (BASIC) join
  // the plan's other texts, as the evaluating agency's data: the lead agency reads back what it wrote.
  private async recordEvaluationTexts(actor: Actor, plan: PlanEntity, goals: readonly PlanGoalEntity[], stored: Awaited<ReturnType<typeof storedPlanTexts>>, input: PlanEvaluationInput): Promise<void> {
    const categoryOf = new Map(goals.map((goal) => [goal.id, goal.category]));
    const isEvaluation = (path: string) => path === PlanTextPath.decisionReason || goals.some((goal) => path === PlanTextPath.evaluation(goal.id));
    await this.texts.write(this.tx.manager, 'plan', plan.id, [
      ...stored.filter((text) => !isEvaluation(text.path)),
      ...input.goals.map((goal) => ({ path: PlanTextPath.evaluation(goal.goalId), category: categoryOf.get(goal.goalId) ?? DataCategory.BASIC, body: goal.note ?? '', agencyId: actor.agencyId })),
      { path: PlanTextPath.decisionReason, category: DataCategory.BASIC, body: input.reason ?? '', agencyId: actor.agencyId },
    ]);
  }

  // Compare-and-set on the status read under the case lock: of two racing steps one wins, the other is a CONFLICT.
  private async compareAndSet(plan: PlanEntity, to: PlanStatus, changes: Partial<PlanEntity>): Promise<void> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ ...changes, status: to, version: () => 'version + 1' })
      .where('id = :id AND status = :from', { id: plan.id, from: plan.status })
      .execute();
    if (result.affected !== 1) throw DomainError.conflict('The plan changed meanwhile; reload it and try again');
  }

  private async view(actor: Actor, plan: PlanEntity): Promise<PlanModel> {
    const model = (await this.plans.byIds(actor, plan.caseId, [plan.id], COORDINATION)).get(plan.id);
    if (!model) throw new Error(`The plan ${plan.id} just changed cannot be read`);
    return model;
  }
}
