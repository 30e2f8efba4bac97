import { z } from 'zod';
import type { GoalAchievement, PlanClosureReason, PlanDecision } from '../../../gql/enums';
import type { PlanEvaluationInput } from '../../../gql/graphql';

// The 評価 form's values and checks; the same rules the server applies (PlanEvaluationInput),
// checked here first so the caseworker hears of them at the field.

export const ACHIEVEMENTS = ['ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'NOT_RELEVANT'] as const satisfies readonly GoalAchievement[];
export const DECISIONS = ['CONTINUE', 'CLOSE', 'SUSPEND', 'WATCH'] as const satisfies readonly PlanDecision[];
export const CLOSURE_REASONS = ['GOALS_ACHIEVED', 'TRANSFERRED', 'MOVED_AWAY', 'DECEASED', 'PERSON_DECLINED', 'NO_CONTACT', 'OTHER'] as const satisfies readonly PlanClosureReason[];

const TEXT_MAX = 4000;
export const WATCH_DAYS = { min: 7, max: 365 } as const;

export const evaluationFormSchema = z
  .object({
    goals: z.array(
      z.object({
        goalId: z.string(),
        achievement: z.union([z.literal(''), z.enum(ACHIEVEMENTS)]),
        note: z.string().max(TEXT_MAX, 'errTooLong'),
      }),
    ),
    decision: z.union([z.literal(''), z.enum(DECISIONS)]),
    closureReason: z.union([z.literal(''), z.enum(CLOSURE_REASONS)]),
    reason: z.string().max(TEXT_MAX, 'errTooLong'),
    watchIntervalDays: z.string(),
  })
  .superRefine((form, ctx) => {
    form.goals.forEach((goal, index) => {
      if (!goal.achievement) ctx.addIssue({ code: 'custom', path: ['goals', index, 'achievement'], message: 'errAchievement' });
    });
    const reason = form.reason.trim();
    switch (form.decision) {
      case '':
        return ctx.addIssue({ code: 'custom', path: ['decision'], message: 'errDecision' });
      case 'CLOSE':
        if (!form.closureReason) ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'errClosureReason' });
        else if (form.closureReason === 'OTHER' && !reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errOtherReason' });
        return;
      case 'SUSPEND':
        if (!reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errSuspendReason' });
        return;
      case 'WATCH':
        if (watchDays(form.watchIntervalDays) === null) ctx.addIssue({ code: 'custom', path: ['watchIntervalDays'], message: 'errInterval' });
        return;
      case 'CONTINUE':
        return;
    }
  });

export type EvaluationForm = z.input<typeof evaluationFormSchema>;
export type EvaluationFormError = 'errAchievement' | 'errDecision' | 'errClosureReason' | 'errOtherReason' | 'errSuspendReason' | 'errInterval' | 'errTooLong';

/** The interval as typed (half-width or full-width digits), or null when it is not a whole number of days in range. */
export function watchDays(typed: string): number | null {
  const digits = typed.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,3}$/.test(digits)) return null;
  const days = Number(digits);
  return days >= WATCH_DAYS.min && days <= WATCH_DAYS.max ? days : null;
}

/** An empty form for the plan's goals, in their order. */
export function emptyEvaluation(goalIds: readonly string[]): EvaluationForm {
  return { goals: goalIds.map((goalId) => ({ goalId, achievement: '', note: '' })), decision: '', closureReason: '', reason: '', watchIntervalDays: '' };
}

/** A checked form as the API's input: only what the chosen decision takes is sent. */
export function evaluationInput(form: EvaluationForm): PlanEvaluationInput {
  const decision = form.decision as PlanDecision;
  const reason = form.reason.trim();
  return {
    goals: form.goals.map((goal) => ({ goalId: goal.goalId, achievement: goal.achievement as GoalAchievement, note: goal.note.trim() || null })),
    decision,
    // Every decision may carry a reason (終結・中断 need one); it is kept as the decision's text.
    reason: reason || null,
    closureReason: decision === 'CLOSE' ? (form.closureReason as PlanClosureReason) : null,
    watchIntervalDays: decision === 'WATCH' ? watchDays(form.watchIntervalDays) : null,
  };
}
