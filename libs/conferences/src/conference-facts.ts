import type { ConferenceEntity } from './conference.entity.js';

/** A conference loaded with the relations access is decided on. */
export interface LoadedConference {
  readonly entity: ConferenceEntity;
  readonly participantAgencyIds: string[];
  readonly agendaCaseIds: string[];
  readonly acknowledgedUserIds: string[];
}
