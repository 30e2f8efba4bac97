import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { DomainError } from '@renkei/kernel';
import { ActionItemConferences } from '@renkei/tasks';
import { ConferenceEventType } from './conference-events.js';
import { ConferenceStore } from './conference-store.js';
import { ConferenceStatus } from './conference.entity.js';

/** The conference side of the tasks' port: action items belong to a live or scheduled meeting's agenda cases. */
@Injectable()
export class ConferenceActionItems extends ActionItemConferences {
  constructor(private readonly store: ConferenceStore) {
    super();
  }

  async assertAcceptsActionItem(actor: Actor, conferenceId: string, caseId: string): Promise<{ id: string; memberAgencyIds: readonly string[] }> {
    const conference = await this.store.require(actor, conferenceId, 'participate');
    if (conference.entity.status === ConferenceStatus.CANCELLED) throw DomainError.conflict('A cancelled conference takes no action items');
    if (!conference.agendaCaseIds.includes(caseId)) throw DomainError.badInput([{ field: 'caseId', message: 'is not on the conference agenda' }]);
    return { id: conference.entity.id, memberAgencyIds: [...conference.participantAgencyIds, conference.entity.chairAgencyId] };
  }

  async actionItemAssigned(conferenceId: string, taskId: string, caseId: string): Promise<void> {
    await this.store.announce({ type: ConferenceEventType.ACTION_ITEM_ASSIGNED, conferenceId, taskId, caseId });
  }
}
