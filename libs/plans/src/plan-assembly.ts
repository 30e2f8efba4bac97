import { guardedText, type GuardedTextModel } from './guarded-text.model.js';
import type { GuardedTextValue } from './guarded-texts.js';
import type { PlanEntity, PlanGoalEntity, PlanRoleEntity } from './plan.entity.js';
import { PlanGoalModel, PlanModel, PlanRoleModel } from './plan.model.js';
import { PlanTextPath } from './plan-texts.js';

type Texts = ReadonlyMap<string, GuardedTextValue>;

/**
 * A plan as one reader may see it: its rows (goals and roles loaded) with its texts as
 * GuardedTexts decided them for that reader, and the tasks its roles became.
 */
export function toPlanModel(plan: PlanEntity, texts: Texts, taskIdByRole: ReadonlyMap<string, string>): PlanModel {
  const { evaluatedAt, evaluationDecision } = plan;
  return Object.assign(new PlanModel(), {
    id: plan.id,
    caseId: plan.caseId,
    number: plan.number,
    version: plan.version,
    status: plan.status,
    agencyId: plan.agencyId,
    leadAgencyId: plan.leadAgencyId,
    personWishes: guardedText(texts.get(PlanTextPath.personWishes)),
    familyWishes: guardedText(texts.get(PlanTextPath.familyWishes)),
    policy: guardedText(texts.get(PlanTextPath.policy)),
    goals: byPosition(plan.goals ?? []).map((goal) => toGoal(goal, texts, taskIdByRole)),
    participationReferral: plan.participationReferral,
    outreach: plan.outreach,
    nextReviewOn: plan.nextReviewOn,
    agreement: plan.agreementMethod && plan.agreementObtainedAt ? { method: plan.agreementMethod, obtainedAt: plan.agreementObtainedAt } : null,
    approval: plan.approvedConferenceId && plan.approvedAt ? { conferenceId: plan.approvedConferenceId, approvedAt: plan.approvedAt } : null,
    evaluation:
      evaluatedAt && evaluationDecision
        ? {
            evaluatedAt,
            decision: evaluationDecision,
            closureReason: plan.closureReason,
            reason: guardedText(texts.get(PlanTextPath.decisionReason)),
            watchIntervalDays: plan.watchIntervalDays,
            nextCheckInOn: plan.nextCheckInOn,
          }
        : null,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  });
}

function toGoal(goal: PlanGoalEntity, texts: Texts, taskIdByRole: ReadonlyMap<string, string>): PlanGoalModel {
  return Object.assign(new PlanGoalModel(), {
    id: goal.id,
    term: goal.term,
    category: goal.category,
    targetDate: goal.targetDate,
    text: required(texts, PlanTextPath.goal(goal.id)),
    roles: byPosition(goal.roles ?? []).map((role: PlanRoleEntity) =>
      Object.assign(new PlanRoleModel(), { id: role.id, agencyId: role.agencyId, action: required(texts, PlanTextPath.role(role.id)), frequency: role.frequency, taskId: taskIdByRole.get(role.id) ?? null }),
    ),
    achievement: goal.achievement,
    evaluationNote: guardedText(texts.get(PlanTextPath.evaluation(goal.id))),
  });
}

// A goal's text and a role's action are never blank: their row exists (shown or redacted).
function required(texts: Texts, path: string): GuardedTextModel {
  const text = guardedText(texts.get(path));
  if (!text) throw new Error(`The plan text ${path} is missing`);
  return text;
}

function byPosition<T extends { position: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position);
}
