import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@renkei/kernel';
import { PlanDecision, PlanStatus } from './plan-enums.js';
import { APPROVED_PLAN_STATUSES, evaluation, isApproved, planInForce, planStep, requirePlanStep, type PlanOperation } from './plan-status.js';

const { DRAFT, PROPOSED, IN_PROGRESS, REVIEW, EVALUATED, WATCHING, CLOSED, SUSPENDED, SUPERSEDED } = PlanStatus;
const ALL = Object.values(PlanStatus);
const APPROVED = [IN_PROGRESS, REVIEW, EVALUATED, WATCHING];

// The design's life cycle written out operation by operation; every pair not listed is illegal.
const LEGAL: Readonly<Record<PlanOperation, readonly [PlanStatus, PlanStatus][]>> = {
  update: [[DRAFT, DRAFT]],
  recordAgreement: [
    [DRAFT, DRAFT],
    [PROPOSED, PROPOSED],
  ],
  propose: [
    [DRAFT, PROPOSED],
    [IN_PROGRESS, REVIEW],
    [EVALUATED, REVIEW],
    [WATCHING, REVIEW],
  ],
  approve: [[PROPOSED, IN_PROGRESS]],
  supersede: APPROVED.map((from) => [from, SUPERSEDED]),
  'evaluate:CONTINUE': APPROVED.map((from) => [from, EVALUATED]),
  'evaluate:CLOSE': APPROVED.map((from) => [from, CLOSED]),
  'evaluate:SUSPEND': APPROVED.map((from) => [from, SUSPENDED]),
  'evaluate:WATCH': APPROVED.map((from) => [from, WATCHING]),
};

describe('the plan state machine', () => {
  for (const [operation, legal] of Object.entries(LEGAL) as [PlanOperation, [PlanStatus, PlanStatus][]][]) {
    it(`${operation}: moves exactly the listed statuses and refuses every other with CONFLICT`, () => {
      for (const from of ALL) {
        const expected = legal.find(([f]) => f === from)?.[1] ?? null;
        expect({ from, to: planStep(operation, from) }).toEqual({ from, to: expected });
        if (expected) expect(requirePlanStep(operation, from)).toBe(expected);
        else expect(() => requirePlanStep(operation, from)).toThrow(expect.objectContaining({ kind: 'CONFLICT' }) as unknown as DomainError);
      }
    });
  }

  it('names each evaluation decision as its operation', () => {
    expect(Object.values(PlanDecision).map(evaluation)).toEqual(['evaluate:CONTINUE', 'evaluate:CLOSE', 'evaluate:SUSPEND', 'evaluate:WATCH']);
  });

  it('approves only through a proposal: a draft cannot be approved, an approved plan not approved again', () => {
    expect(planStep('approve', DRAFT)).toBeNull();
    for (const status of APPROVED) expect(planStep('approve', status)).toBeNull();
  });

  it('evaluates only an approved plan', () => {
    for (const decision of Object.values(PlanDecision)) {
      for (const from of [DRAFT, PROPOSED, CLOSED, SUSPENDED, SUPERSEDED]) expect(planStep(evaluation(decision), from)).toBeNull();
    }
  });

  it('ends for good: a closed, suspended or superseded version takes no operation', () => {
    for (const operation of Object.keys(LEGAL) as PlanOperation[]) {
      for (const from of [CLOSED, SUSPENDED, SUPERSEDED]) expect(planStep(operation, from)).toBeNull();
    }
  });

  it('calls IN_PROGRESS, REVIEW, EVALUATED and WATCHING approved', () => {
    expect([...APPROVED_PLAN_STATUSES].sort()).toEqual([...APPROVED].sort());
    expect(ALL.filter(isApproved).sort()).toEqual([...APPROVED].sort());
  });

  describe('the plan in force', () => {
    it('is the newest approved version, whatever the order given', () => {
      const plans = [
        { number: 1, status: SUPERSEDED },
        { number: 3, status: DRAFT },
        { number: 2, status: EVALUATED },
      ];
      expect(planInForce(plans)).toEqual({ number: 2, status: EVALUATED });
      expect(planInForce([...plans].reverse())).toEqual({ number: 2, status: EVALUATED });
    });

    it('is none while nothing is approved, or once support ended', () => {
      expect(planInForce([])).toBeNull();
      expect(planInForce([{ number: 1, status: DRAFT }])).toBeNull();
      expect(planInForce([{ number: 1, status: PROPOSED }])).toBeNull();
      expect(planInForce([{ number: 1, status: SUPERSEDED }, { number: 2, status: CLOSED }])).toBeNull();
      expect(planInForce([{ number: 1, status: SUSPENDED }])).toBeNull();
    });

    it('is a watched plan while it is watched', () => {
      expect(planInForce([{ number: 1, status: WATCHING }])).toEqual({ number: 1, status: WATCHING });
    });
  });
});
