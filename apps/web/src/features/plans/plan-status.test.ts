import { describe, expect, it } from 'vitest';
import { canDraft, canEvaluate, planInMaking } from './plan-status';

describe('canEvaluate', () => {
  const plan = { status: 'IN_PROGRESS' as const, leadAgency: { id: 'lead' } };
  it('is for a coordinator or the lead agency, and only for an approved plan', () => {
    expect(canEvaluate(plan, true, 'other')).toBe(true);
    expect(canEvaluate(plan, false, 'lead')).toBe(true);
    expect(canEvaluate(plan, false, 'other')).toBe(false);
    expect(canEvaluate({ ...plan, status: 'DRAFT' }, true, 'lead')).toBe(false);
    expect(canEvaluate({ ...plan, status: 'CLOSED' }, true, 'lead')).toBe(false);
  });
});

describe('planInMaking', () => {
  it('is the newest draft or proposed version', () => {
    const plans = [{ id: '3', status: 'PROPOSED' as const }, { id: '2', status: 'EVALUATED' as const }, { id: '1', status: 'SUPERSEDED' as const }];
    expect(planInMaking(plans)).toBe(plans[0]);
    expect(planInMaking(plans.slice(1))).toBeNull();
  });
});

describe('canDraft', () => {
  it('is after intake and before closing', () => {
    expect(canDraft('ASSESSMENT')).toBe(true);
    expect(canDraft('IN_SUPPORT')).toBe(true);
    expect(canDraft('INTAKE')).toBe(false);
    expect(canDraft('CLOSED')).toBe(false);
  });
});
