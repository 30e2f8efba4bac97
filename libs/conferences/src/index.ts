import { CONFERENCE_REQUEST_ENTITIES } from './conference-request.entity.js';
import { CONFERENCE_ENTITY_LIST } from './conference.entity.js';

export { ConferencePlans } from './conference-plans.js';
export { ConferenceRecord } from './conference-record.js';
export type { ConferenceRecordData, RecordedAgendaItem, RecordedGoal, RecordedPlan, RecordedRequest, RecordedText } from './conference-record-data.js';
export { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';
export { ConferenceKind, ConferenceStatus } from './conference.entity.js';
export { AgendaItemModel } from './conference.model.js';
export { ConferencePortsModule, ConferencesModule } from './conferences.module.js';
export { PlanMeetings, type PlanMeeting } from './plan-meetings.js';
export { SupportMeetingFactsSql } from './support-meeting-facts.sql.js';

/** The tables this context owns, for the application's DataSource. */
export const CONFERENCE_ENTITIES = [...CONFERENCE_ENTITY_LIST, ...CONFERENCE_REQUEST_ENTITIES];
export { CONFERENCE_INDICATOR_FACTS } from './conference-indicator-facts.js';
export { ConferenceStore } from './conference-store.js';
