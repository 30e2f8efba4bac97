import { CONFERENCE_ENTITY_LIST } from './conference.entity.js';

export { ConferencePortsModule, ConferencesModule } from './conferences.module.js';
export { SupportMeetingFactsSql } from './support-meeting-facts.sql.js';

/** The tables this context owns, for the application's DataSource. */
export const CONFERENCE_ENTITIES = CONFERENCE_ENTITY_LIST;
