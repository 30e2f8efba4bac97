import { DomainError } from '@renkei/kernel';
import { PlanDecision, PlanStatus } from './plan-enums.js';

const { DRAFT, PROPOSED, IN_PROGRESS, REVIEW, EVALUATED, WATCHING, CLOSED, SUSPENDED, SUPERSEDED } = PlanStatus;

/** Approved (支援決定 taken, not yet ended or replaced): what may be evaluated, and what can be in force. */
export const APPROVED_PLAN_STATUSES: readonly PlanStatus[] = [IN_PROGRESS, REVIEW, EVALUATED, WATCHING];

/**
 * What can be done to a plan version. An evaluation's step depends on its decision
 * (`evaluate:CONTINUE` …); `supersede` is what approving the next version does to the plan in force.
 */
export type PlanOperation = 'update' | 'recordAgreement' | 'propose' | 'approve' | 'supersede' | `evaluate:${PlanDecision}`;

// Every approved status steps the same way for these operations.
const fromApproved = (to: PlanStatus): Partial<Record<PlanStatus, PlanStatus>> => Object.fromEntries(APPROVED_PLAN_STATUSES.map((from) => [from, to]));

/**
 * The plan's state machine, the one table: for each operation, the statuses it may start
 * from and the status it leaves the plan in. Anything not here is a CONFLICT.
 */
const STEPS: Readonly<Record<PlanOperation, Partial<Readonly<Record<PlanStatus, PlanStatus>>>>> = {
  // Only a draft is edited; the person's agreement may still be recorded once it is on a meeting.
  update: { [DRAFT]: DRAFT },
  recordAgreement: { [DRAFT]: DRAFT, [PROPOSED]: PROPOSED },
  // On a 重層的支援会議: a draft to approve, or a plan in force to evaluate.
  propose: { [DRAFT]: PROPOSED, [IN_PROGRESS]: REVIEW, [EVALUATED]: REVIEW, [WATCHING]: REVIEW },
  approve: { [PROPOSED]: IN_PROGRESS },
  supersede: fromApproved(SUPERSEDED),
  'evaluate:CONTINUE': fromApproved(EVALUATED),
  'evaluate:CLOSE': fromApproved(CLOSED),
  'evaluate:SUSPEND': fromApproved(SUSPENDED),
  'evaluate:WATCH': fromApproved(WATCHING),
};

/** The operation an evaluation with `decision` is. */
export function evaluation(decision: PlanDecision): PlanOperation {
  return `evaluate:${decision}`;
}

/** The status `operation` leaves a plan in that is `from`; null when it may not be done from there. */
export function planStep(operation: PlanOperation, from: PlanStatus): PlanStatus | null {
  return STEPS[operation][from] ?? null;
}

/** As planStep, for a service about to act: an illegal step is a CONFLICT. */
export function requirePlanStep(operation: PlanOperation, from: PlanStatus): PlanStatus {
  const to = planStep(operation, from);
  if (!to) throw DomainError.conflict(`A plan that is ${from} cannot be changed this way (${operation})`);
  return to;
}

export function isApproved(status: PlanStatus): boolean {
  return APPROVED_PLAN_STATUSES.includes(status);
}

/**
 * The plan in force (Case.plan): the newest approved version. Superseded, ended and
 * not-yet-approved versions never are; null when no version is approved.
 */
export function planInForce<T extends { readonly number: number; readonly status: PlanStatus }>(plans: readonly T[]): T | null {
  return plans.filter((plan) => isApproved(plan.status)).reduce<T | null>((newest, plan) => (newest && newest.number > plan.number ? newest : plan), null);
}
