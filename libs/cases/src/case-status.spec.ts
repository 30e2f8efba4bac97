import { describe, expect, it } from '@jest/globals';
import { canTransition, CaseStatus, nextStatuses } from './case-status.js';

const ALL = Object.values(CaseStatus);

describe('case status transitions', () => {
  it('follows the life of a case from intake to closure', () => {
    const path = [CaseStatus.INTAKE, CaseStatus.ASSESSMENT, CaseStatus.PLANNING, CaseStatus.IN_SUPPORT, CaseStatus.REVIEW, CaseStatus.WATCHING, CaseStatus.CLOSED];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1] as CaseStatus, path[i] as CaseStatus)).toBe(true);
  });

  it('closes from every open state and reopens only to assessment', () => {
    for (const from of ALL.filter((s) => s !== CaseStatus.CLOSED)) expect(canTransition(from, CaseStatus.CLOSED)).toBe(true);
    expect(nextStatuses(CaseStatus.CLOSED)).toEqual([CaseStatus.ASSESSMENT]);
  });

  it('never moves to the same status or back to intake', () => {
    for (const from of ALL) {
      expect(canTransition(from, from)).toBe(false);
      expect(canTransition(from, CaseStatus.INTAKE)).toBe(false);
    }
  });

  it('skips no step of planning: intake cannot jump into support', () => {
    expect(canTransition(CaseStatus.INTAKE, CaseStatus.IN_SUPPORT)).toBe(false);
    expect(canTransition(CaseStatus.ASSESSMENT, CaseStatus.IN_SUPPORT)).toBe(false);
  });
});
