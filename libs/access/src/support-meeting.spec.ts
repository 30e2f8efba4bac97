import { describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import type { Actor } from './actor.js';
import { supportMeetingBasisHolds, type SupportMeetingFacts } from './support-meeting.js';

const member: Actor = { userId: 'u1', municipalityId: 'm', agencyId: 'a1', sector: Sector.HOUSING, roles: [Role.CASEWORKER] };
const start = new Date('2026-11-01T10:00:00Z');
const end = new Date('2026-11-01T12:00:00Z');
const meeting: SupportMeetingFacts = {
  kind: 'SUPPORT_MEETING',
  cancelled: false,
  startedAt: start,
  endedAt: end,
  accessDaysAfterEnd: 14,
  memberAgencyIds: ['a1', 'a2'],
  acknowledgedUserIds: ['u1'],
  agendaCaseIds: ['c1'],
};
const day = 86_400_000;

describe('the 支援会議 basis', () => {
  it('holds for an acknowledged member, for an agenda case, from the start until the period after the end', () => {
    expect(supportMeetingBasisHolds(meeting, member, 'c1', new Date(start.getTime() + 1))).toBe(true);
    expect(supportMeetingBasisHolds(meeting, member, 'c1', new Date(end.getTime() + 14 * day - 1))).toBe(true);
  });

  it.each([
    ['before the start', meeting, member, 'c1', new Date(start.getTime() - 1)],
    ['once the period after the end is over', meeting, member, 'c1', new Date(end.getTime() + 14 * day)],
    ['for a case not on the agenda', meeting, member, 'c2', end],
    ['for a member who has not acknowledged', meeting, { ...member, userId: 'u2' }, 'c1', end],
    ['for a non-member agency', meeting, { ...member, agencyId: 'a9' }, 'c1', end],
    ['for a meeting that never started', { ...meeting, startedAt: null, endedAt: null }, member, 'c1', end],
    ['for a cancelled meeting', { ...meeting, cancelled: true }, member, 'c1', end],
    ['for a 重層的支援会議 (consent governs there)', { ...meeting, kind: 'MULTI_AGENCY_MEETING' as const }, member, 'c1', end],
  ])('does not hold %s', (_case, facts, actor, caseId, now) => {
    expect(supportMeetingBasisHolds(facts, actor, caseId, now)).toBe(false);
  });
});
