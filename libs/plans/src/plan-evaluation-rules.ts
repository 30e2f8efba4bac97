import { DomainError, type FieldViolation } from '@renkei/kernel';
import type { PlanEvaluationInput } from './dto/plan-evaluation.input.js';
import { PlanClosureReason, PlanDecision } from './plan-enums.js';

/**
 * What an evaluation must say to be taken: every goal of the plan exactly once, and what its
 * decision needs — a closure reason to close (with a reason for OTHER), a reason to suspend,
 * an interval to watch — and nothing a different decision would need. BAD_USER_INPUT
 * naming each wrong field.
 */
export function assertEvaluation(input: PlanEvaluationInput, goals: readonly { id: string }[]): void {
  const violations: FieldViolation[] = [];
  const planGoals = new Set(goals.map((goal) => goal.id));
  const seen = new Set<string>();
  input.goals.forEach((goal, index) => {
    if (!planGoals.has(goal.goalId)) violations.push({ field: `goals.${index}.goalId`, message: 'is not a goal of this plan' });
    else if (seen.has(goal.goalId)) violations.push({ field: `goals.${index}.goalId`, message: 'is evaluated twice' });
    seen.add(goal.goalId);
  });
  const missing = [...planGoals].filter((id) => !seen.has(id));
  if (missing.length > 0) violations.push({ field: 'goals', message: `every goal of the plan is evaluated exactly once; missing ${missing.join(', ')}` });

  const { decision, closureReason, reason, watchIntervalDays } = input;
  const close = decision === PlanDecision.CLOSE;
  if (close && !closureReason) violations.push({ field: 'closureReason', message: 'is needed to close the plan (終結理由)' });
  if (!close && closureReason) violations.push({ field: 'closureReason', message: 'is only for closing the plan' });
  if (close && closureReason === PlanClosureReason.OTHER && !reason) violations.push({ field: 'reason', message: 'is needed for closure reason OTHER' });
  if (decision === PlanDecision.SUSPEND && !reason) violations.push({ field: 'reason', message: 'is needed to suspend the plan (中断の理由)' });
  const watch = decision === PlanDecision.WATCH;
  if (watch && !watchIntervalDays) violations.push({ field: 'watchIntervalDays', message: 'is needed to watch (見守り)' });
  if (!watch && watchIntervalDays) violations.push({ field: 'watchIntervalDays', message: 'is only for watching (見守り)' });
  if (violations.length > 0) throw DomainError.badInput(violations);
}
