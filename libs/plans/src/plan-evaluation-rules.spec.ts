import { describe, expect, it } from '@jest/globals';
import { addDays, DomainError, jstDate, jstMidnight } from '@renkei/kernel';
import type { PlanEvaluationInput } from './dto/plan-evaluation.input.js';
import { assertEvaluation } from './plan-evaluation-rules.js';
import { GoalAchievement, PlanClosureReason, PlanDecision } from './plan-enums.js';

const GOALS = [{ id: 'g1' }, { id: 'g2' }];
const every = GOALS.map((goal) => ({ goalId: goal.id, achievement: GoalAchievement.ACHIEVED }));

// The fields a refusal names, or [] when the evaluation is taken.
function refused(input: Partial<PlanEvaluationInput>): string[] {
  try {
    assertEvaluation({ goals: every, decision: PlanDecision.CONTINUE, ...input }, GOALS);
    return [];
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'BAD_USER_INPUT') throw error;
    return error.violations.map((violation) => violation.field);
  }
}

describe('what an evaluation must say', () => {
  it('every goal of the plan exactly once', () => {
    expect(refused({})).toEqual([]);
    expect(refused({ goals: every.slice(1) })).toEqual(['goals']);
    expect(refused({ goals: [...every, { goalId: 'g1', achievement: GoalAchievement.PARTLY }] })).toEqual(['goals.2.goalId']);
    expect(refused({ goals: [...every, { goalId: 'other', achievement: GoalAchievement.PARTLY }] })).toEqual(['goals.2.goalId']);
  });

  it('what each decision needs, and nothing another decision needs', () => {
    expect(refused({ decision: PlanDecision.CLOSE })).toEqual(['closureReason']);
    expect(refused({ decision: PlanDecision.CLOSE, closureReason: PlanClosureReason.GOALS_ACHIEVED })).toEqual([]);
    expect(refused({ decision: PlanDecision.CLOSE, closureReason: PlanClosureReason.OTHER })).toEqual(['reason']);
    expect(refused({ decision: PlanDecision.CLOSE, closureReason: PlanClosureReason.OTHER, reason: '転居先不明' })).toEqual([]);
    expect(refused({ decision: PlanDecision.SUSPEND })).toEqual(['reason']);
    expect(refused({ decision: PlanDecision.WATCH })).toEqual(['watchIntervalDays']);
    expect(refused({ decision: PlanDecision.WATCH, watchIntervalDays: 30 })).toEqual([]);
    expect(refused({ decision: PlanDecision.CONTINUE, closureReason: PlanClosureReason.MOVED_AWAY, watchIntervalDays: 30 })).toEqual(['closureReason', 'watchIntervalDays']);
  });
});

describe('JST calendar dates', () => {
  it('a day in Japan starts at 15:00 UTC the day before', () => {
    expect(jstDate(new Date('2026-12-01T14:59:59Z'))).toBe('2026-12-01');
    expect(jstDate(new Date('2026-12-01T15:00:00Z'))).toBe('2026-12-02');
    expect(jstMidnight('2026-12-02').toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});
