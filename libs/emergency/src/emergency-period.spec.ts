import { describe, expect, it } from '@jest/globals';
import { EmergencyAccessState } from './emergency-enums.js';
import { periodOf, rateWindowStart, reviewOverdue, stateAt, type DeclarationTimes } from './emergency-period.js';

const HOUR = 3_600_000;
const declaredAt = new Date('2026-12-01T01:00:00Z');
const at = (hours: number) => new Date(declaredAt.getTime() + hours * HOUR);

function declaration(overrides: Partial<DeclarationTimes> = {}): DeclarationTimes {
  return { declaredAt, ...periodOf(declaredAt, { emergencyAccessHours: 4, emergencyReviewDueHours: 72 }), endedAt: null, reviewedAt: null, ...overrides };
}

describe('the period of an emergency access (緊急時の閲覧)', () => {
  it('runs for the configured hours, and is due for review after the configured hours', () => {
    expect(declaration()).toMatchObject({ expiresAt: at(4), reviewDueAt: at(72) });
  });

  it('is ACTIVE until it runs out, EXPIRED from then on', () => {
    expect(stateAt(declaration(), at(0))).toBe(EmergencyAccessState.ACTIVE);
    expect(stateAt(declaration(), at(3.99))).toBe(EmergencyAccessState.ACTIVE);
    expect(stateAt(declaration(), at(4))).toBe(EmergencyAccessState.EXPIRED);
  });

  it('is ENDED once ended early, and stays so after its period would have run out', () => {
    const ended = declaration({ endedAt: at(1) });
    expect(stateAt(ended, at(0.5))).toBe(EmergencyAccessState.ACTIVE);
    expect(stateAt(ended, at(1))).toBe(EmergencyAccessState.ENDED);
    expect(stateAt(ended, at(10))).toBe(EmergencyAccessState.ENDED);
  });

  it('is overdue for review only while unreviewed past its due time', () => {
    expect(reviewOverdue(declaration(), at(71))).toBe(false);
    expect(reviewOverdue(declaration(), at(72))).toBe(true);
    expect(reviewOverdue(declaration({ reviewedAt: at(80) }), at(100))).toBe(false);
  });

  it('counts the rate over the last 24 hours', () => {
    expect(rateWindowStart(at(24))).toEqual(declaredAt);
  });
});
