import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Action, type Actor } from '@renkei/access';
import { MunicipalityEntity } from '@renkei/agencies';
import { Transactions } from '@renkei/database';
import { EventBus } from '@renkei/graphql';
import { Clock, DomainError, isUuid } from '@renkei/kernel';
import { type LoadedConference } from './conference-facts.js';
import { conferenceTopic, type ConferenceEventMessage } from './conference-events.js';
import { ConferenceEntity } from './conference.entity.js';

/**
 * Loading conferences through the access layer, and announcing what happens in them. Shared
 * by the conference service and the action-item port (which the tasks context calls).
 */
@Injectable()
export class ConferenceStore {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The conference, if the actor may `action` it; NOT_FOUND when they may not even see it. */
  async require(actor: Actor, id: string, action: Action = 'read'): Promise<LoadedConference> {
    const entity = isUuid(id)
      ? await this.tx.manager
          .createQueryBuilder(ConferenceEntity, 'c')
          .leftJoinAndSelect('c.participants', 'participant')
          .leftJoinAndSelect('c.agenda', 'item')
          .leftJoinAndSelect('c.acknowledgements', 'ack')
          .where('c.id = :id', { id })
          .orderBy('item.position', 'ASC')
          .getOne()
      : null;
    if (!entity) throw DomainError.notFound('Conference');
    const loaded: LoadedConference = {
      entity,
      participantAgencyIds: (entity.participants ?? []).map((p) => p.agencyId),
      agendaCaseIds: (entity.agenda ?? []).map((a) => a.caseId),
      acknowledgedUserIds: (entity.acknowledgements ?? []).map((a) => a.userId),
    };
    this.access.assert(actor, action, 'Conference', { id: entity.id, municipalityId: entity.municipalityId, participantAgencyIds: loaded.participantAgencyIds });
    return loaded;
  }

  /** Case content of the meeting needs the actor's acknowledgement of confidentiality first. */
  requireAcknowledged(actor: Actor, conference: LoadedConference): void {
    if (!conference.acknowledgedUserIds.includes(actor.userId)) {
      throw DomainError.forbidden('Acknowledge the duty of confidentiality (守秘義務) for this meeting first');
    }
  }

  async accessDaysAfterEnd(municipalityId: string): Promise<number> {
    const municipality = await this.tx.manager.findOneByOrFail(MunicipalityEntity, { id: municipalityId });
    return municipality.supportMeetingAccessDays;
  }

  /** Announces to the live room; called after the change committed. */
  async announce(message: Omit<ConferenceEventMessage, 'id' | 'occurredAt'>): Promise<void> {
    await this.bus.publish(conferenceTopic(message.conferenceId), { ...message, id: randomUUID(), occurredAt: this.clock.now().toISOString() });
  }
}
