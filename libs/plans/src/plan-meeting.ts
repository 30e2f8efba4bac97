import type { AccessPolicy, Actor } from '@renkei/access';
import { ConferenceKind, type ConferenceStatus, type PlanMeeting } from '@renkei/conferences';
import { DomainError } from '@renkei/kernel';

/**
 * The meeting a plan's step is taken in must be a 重層的支援会議 (the plan is shared there on
 * consent; a 支援会議 is for cases without it), chaired by the actor, in one of `statuses`,
 * with the plan's case on its agenda.
 */
export function assertDecidingMeeting(access: AccessPolicy, actor: Actor, meeting: PlanMeeting, statuses: readonly ConferenceStatus[]): void {
  access.assertChair(actor, meeting);
  if (meeting.kind !== ConferenceKind.MULTI_AGENCY_MEETING) throw DomainError.badInput([{ field: 'conferenceId', message: 'is not a 重層的支援会議 (MULTI_AGENCY_MEETING)' }]);
  if (!statuses.includes(meeting.status)) throw DomainError.conflict(`A ${meeting.status} conference takes no decision on a plan`);
  if (meeting.agendaPlanId === undefined) throw DomainError.badInput([{ field: 'conferenceId', message: 'the plan’s case is not on its agenda' }]);
}
