import { describe, expect, it } from '@jest/globals';
import { CaseStatus, nextStatuses, transitionMover, type TransitionMover } from './case-status.js';

const { INTAKE, ASSESSMENT, PLANNING, IN_SUPPORT, REVIEW, WATCHING, CLOSED } = CaseStatus;
const ALL = Object.values(CaseStatus);

// The design's table, written out pair by pair: every other pair is no step at all.
const EXPECTED: readonly [CaseStatus, CaseStatus, TransitionMover][] = [
  [INTAKE, ASSESSMENT, 'hand'],
  [INTAKE, CLOSED, 'hand'],
  [ASSESSMENT, CLOSED, 'hand'],
  [PLANNING, ASSESSMENT, 'hand'],
  [PLANNING, CLOSED, 'hand'],
  [WATCHING, ASSESSMENT, 'hand'],
  [CLOSED, ASSESSMENT, 'hand'],
  [ASSESSMENT, PLANNING, 'plan'],
  [IN_SUPPORT, PLANNING, 'plan'],
  [REVIEW, PLANNING, 'plan'],
  [WATCHING, PLANNING, 'plan'],
  [PLANNING, IN_SUPPORT, 'plan'],
  [IN_SUPPORT, REVIEW, 'plan'],
  [WATCHING, REVIEW, 'plan'],
  [IN_SUPPORT, WATCHING, 'plan'],
  [REVIEW, WATCHING, 'plan'],
  [IN_SUPPORT, CLOSED, 'plan'],
  [REVIEW, CLOSED, 'plan'],
  [WATCHING, CLOSED, 'plan'],
];

describe('case status transitions (one table: by hand or by the plan)', () => {
  it('marks every pair of statuses exactly as the design does', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        const expected = EXPECTED.find(([f, t]) => f === from && t === to)?.[2] ?? null;
        expect({ from, to, mover: transitionMover(from, to) }).toEqual({ from, to, mover: expected });
      }
    }
  });

  it('offers only the hand transitions as next steps', () => {
    expect(nextStatuses(INTAKE)).toEqual([ASSESSMENT, CLOSED]);
    expect(nextStatuses(ASSESSMENT)).toEqual([CLOSED]);
    expect(nextStatuses(PLANNING)).toEqual([ASSESSMENT, CLOSED]);
    expect(nextStatuses(IN_SUPPORT)).toEqual([]);
    expect(nextStatuses(REVIEW)).toEqual([]);
    expect(nextStatuses(WATCHING)).toEqual([ASSESSMENT]);
    expect(nextStatuses(CLOSED)).toEqual([ASSESSMENT]);
  });

  it('follows a plan from drafting to watching and closure only through the plan', () => {
    const path = [ASSESSMENT, PLANNING, IN_SUPPORT, REVIEW, WATCHING, CLOSED];
    for (let i = 1; i < path.length; i++) expect(transitionMover(path[i - 1] as CaseStatus, path[i] as CaseStatus)).toBe('plan');
  });

  it('never moves to the same status or back to intake', () => {
    for (const from of ALL) {
      expect(transitionMover(from, from)).toBeNull();
      expect(transitionMover(from, INTAKE)).toBeNull();
    }
  });
});
