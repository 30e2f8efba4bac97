import type { Actor } from './actor.js';

/** What decides whether a 支援会議 gives an actor a basis to read a case's summaries. */
export interface SupportMeetingFacts {
  readonly kind: 'SUPPORT_MEETING' | 'MULTI_AGENCY_MEETING';
  readonly cancelled: boolean;
  readonly startedAt: Date | null;
  readonly endedAt: Date | null;
  /** The period after the end during which members may still read (set by an administrator). */
  readonly accessDaysAfterEnd: number;
  readonly memberAgencyIds: readonly string[];
  readonly acknowledgedUserIds: readonly string[];
  readonly agendaCaseIds: readonly string[];
}

/**
 * 社会福祉法第106条の6: the members of a 支援会議 may share information on the cases on its
 * agenda without the person's consent, bound by a duty of confidentiality. So the basis
 * holds only for a SUPPORT_MEETING (a 重層的支援会議 adds none: consent governs there), for a
 * member agency's user who acknowledged that duty for this meeting, for cases on its agenda,
 * from the start of the meeting until the configured period after its end.
 */
export function supportMeetingBasisHolds(meeting: SupportMeetingFacts, actor: Actor, caseId: string, now: Date): boolean {
  if (meeting.kind !== 'SUPPORT_MEETING' || meeting.cancelled || !meeting.startedAt || meeting.startedAt > now) return false;
  if (meeting.endedAt && now.getTime() >= meeting.endedAt.getTime() + meeting.accessDaysAfterEnd * 86_400_000) return false;
  return meeting.memberAgencyIds.includes(actor.agencyId) && meeting.acknowledgedUserIds.includes(actor.userId) && meeting.agendaCaseIds.includes(caseId);
}
