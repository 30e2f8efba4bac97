import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingFacts } from '@renkei/access';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { IdentityModule } from '@renkei/identity';
import { SummariesModule } from '@renkei/summaries';
import { ActionItemConferences, TasksModule } from '@renkei/tasks';
import { ConferenceActionItems } from './conference-action-items.js';
import { ConferenceDecisions } from './conference-decisions.js';
import { ConferenceEventStream } from './conference-event-stream.js';
import { AgendaItemFieldsResolver, ConferenceFieldsResolver } from './conference-fields.resolver.js';
import { ConferenceRecord } from './conference-record.js';
import { ConferenceRequestOutbox } from './conference-request-outbox.js';
import { ConferenceRequestStream } from './conference-request-stream.js';
import { CONFERENCE_REQUEST_ENTITIES } from './conference-request.entity.js';
import { ConferenceRequestsFieldResolver, ConferenceRequestsResolver } from './conference-requests.resolver.js';
import { ConferenceRequestsService } from './conference-requests.service.js';
import { ConferenceStore } from './conference-store.js';
import { CONFERENCE_ENTITY_LIST } from './conference.entity.js';
import { ConferencesResolver, TaskConferenceResolver } from './conferences.resolver.js';
import { ConferencesService } from './conferences.service.js';
import { NodeResolver } from './node.resolver.js';
import { PlanMeetings } from './plan-meetings.js';
import { SupportMeetingFactsSql } from './support-meeting-facts.sql.js';

/**
 * What the tasks context, the support-plan context and the access layer need of
 * conferences, through their ports and public face; global so that none depends on the
 * conference context's module.
 */
@Global()
@Module({
  imports: [AuditModule],
  providers: [
    ConferenceStore,
    ConferenceDecisions,
    ConferenceActionItems,
    PlanMeetings,
    { provide: ActionItemConferences, useExisting: ConferenceActionItems },
    { provide: MeetingFacts, useClass: SupportMeetingFactsSql },
  ],
  exports: [ConferenceStore, ConferenceDecisions, ActionItemConferences, PlanMeetings, MeetingFacts],
})
export class ConferencePortsModule {}

@Module({
  imports: [TypeOrmModule.forFeature([...CONFERENCE_ENTITY_LIST, ...CONFERENCE_REQUEST_ENTITIES]), AgenciesModule, AuditModule, CasesModule, IdentityModule, SummariesModule, TasksModule],
  providers: [
    ConferencesService,
    ConferenceRecord,
    ConferenceEventStream,
    ConferencesResolver,
    ConferenceFieldsResolver,
    AgendaItemFieldsResolver,
    TaskConferenceResolver,
    NodeResolver,
    // The chair's requests (出席の依頼・情報提供の依頼).
    ConferenceRequestsService,
    ConferenceRequestOutbox,
    ConferenceRequestStream,
    ConferenceRequestsResolver,
    ConferenceRequestsFieldResolver,
  ],
  // The 会議録's facts, for the office documents.
  exports: [ConferenceRecord],
})
export class ConferencesModule {}
