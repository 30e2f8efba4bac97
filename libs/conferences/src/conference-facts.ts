import type { SupportMeetingFacts } from '@renkei/access';
import { ConferenceKind, ConferenceStatus, type ConferenceEntity } from './conference.entity.js';

/** A conference loaded with the relations access is decided on. */
export interface LoadedConference {
  readonly entity: ConferenceEntity;
  readonly participantAgencyIds: string[];
  readonly agendaCaseIds: string[];
  readonly acknowledgedUserIds: string[];
}

export function meetingFacts(conference: LoadedConference, accessDaysAfterEnd: number): SupportMeetingFacts {
  const { entity } = conference;
  return {
    kind: entity.kind === ConferenceKind.SUPPORT_MEETING ? 'SUPPORT_MEETING' : 'MULTI_AGENCY_MEETING',
    cancelled: entity.status === ConferenceStatus.CANCELLED,
    startedAt: entity.startedAt,
    endedAt: entity.endedAt,
    accessDaysAfterEnd,
    memberAgencyIds: conference.participantAgencyIds,
    acknowledgedUserIds: conference.acknowledgedUserIds,
    agendaCaseIds: conference.agendaCaseIds,
  };
}
