import { DomainError } from '@renkei/kernel';
import { type ConferenceEntity, ConferenceStatus } from './conference.entity.js';

/** A conference loaded with the relations access is decided on. */
export interface LoadedConference {
  readonly entity: ConferenceEntity;
  readonly participantAgencyIds: string[];
  readonly agendaCaseIds: string[];
  readonly acknowledgedUserIds: string[];
}

/** An ended or cancelled conference changes no more: CONFLICT. */
export function assertOpen(conference: LoadedConference): void {
  if (conference.entity.status === ConferenceStatus.ENDED || conference.entity.status === ConferenceStatus.CANCELLED) {
    throw DomainError.conflict(`A ${conference.entity.status} conference cannot change`);
  }
}
