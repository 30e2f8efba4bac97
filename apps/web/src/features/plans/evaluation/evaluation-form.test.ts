import { describe, expect, it } from 'vitest';
import { emptyEvaluation, evaluationFormSchema, evaluationInput, watchDays, type EvaluationForm } from './evaluation-form';
import { en, m, mv } from './messages';

const evaluated = (changes: Partial<EvaluationForm> = {}): EvaluationForm => ({
  ...emptyEvaluation(['g-1', 'g-2']),
  goals: [
    { goalId: 'g-1', achievement: 'ACHIEVED', note: ' 家賃の滞納は解消した ' },
    { goalId: 'g-2', achievement: 'PARTLY', note: '' },
  ],
  ...changes,
});

/** The form's refusals, as field path → message key. */
function refusals(form: EvaluationForm): Record<string, string> {
  const result = evaluationFormSchema.safeParse(form);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the 評価 form', () => {
  it('asks for every goal’s achievement and for a decision', () => {
    expect(refusals(emptyEvaluation(['g-1', 'g-2']))).toEqual({ 'goals.0.achievement': 'errAchievement', 'goals.1.achievement': 'errAchievement', decision: 'errDecision' });
  });

  it('closes only with a reason from the list, and その他 only with its text', () => {
    expect(refusals(evaluated({ decision: 'CLOSE' }))).toEqual({ closureReason: 'errClosureReason' });
    expect(refusals(evaluated({ decision: 'CLOSE', closureReason: 'OTHER', reason: '  ' }))).toEqual({ reason: 'errOtherReason' });
    expect(refusals(evaluated({ decision: 'CLOSE', closureReason: 'OTHER', reason: '県外の親族宅へ転居予定' }))).toEqual({});
    expect(refusals(evaluated({ decision: 'CLOSE', closureReason: 'GOALS_ACHIEVED' }))).toEqual({});
  });

  it('suspends only with a reason', () => {
    expect(refusals(evaluated({ decision: 'SUSPEND' }))).toEqual({ reason: 'errSuspendReason' });
    expect(refusals(evaluated({ decision: 'SUSPEND', reason: '本人が入院したため' }))).toEqual({});
  });

  it('watches every 7 to 365 days', () => {
    expect(refusals(evaluated({ decision: 'WATCH' }))).toEqual({ watchIntervalDays: 'errInterval' });
    expect(['6', '366', '30.5', '-7', 'abc'].map(watchDays)).toEqual([null, null, null, null, null]);
    expect(['7', '365', ' 30 ', '９０'].map(watchDays)).toEqual([7, 365, 30, 90]);
    expect(refusals(evaluated({ decision: 'WATCH', watchIntervalDays: '30' }))).toEqual({});
  });

  it('sends what the chosen decision takes, and nothing of the others', () => {
    const form = evaluated({ decision: 'WATCH', watchIntervalDays: '30', closureReason: 'OTHER', reason: '' });
    expect(evaluationInput(form)).toEqual({
      goals: [
        { goalId: 'g-1', achievement: 'ACHIEVED', note: '家賃の滞納は解消した' },
        { goalId: 'g-2', achievement: 'PARTLY', note: null },
      ],
      decision: 'WATCH',
      reason: null,
      closureReason: null,
      watchIntervalDays: 30,
    });
    expect(evaluationInput(evaluated({ decision: 'CLOSE', closureReason: 'TRANSFERRED', reason: '地域包括に引継ぎ', watchIntervalDays: '30' }))).toMatchObject({
      decision: 'CLOSE',
      closureReason: 'TRANSFERRED',
      reason: '地域包括に引継ぎ',
      watchIntervalDays: null,
    });
  });

  it('has an English text for every Japanese one', () => {
    const ids = [m, mv].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
