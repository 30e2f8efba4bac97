import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessPolicy, type Action, type Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { notifyOutbox, OutboxRelay } from '@renkei/graphql';
import { Clock, DomainError, isUuid } from '@renkei/kernel';
import { type LoadedConference } from './conference-facts.js';
import { conferenceTopic, type ConferenceEventMessage, type ConferenceEventPayload } from './conference-events.js';
import { ConferenceEntity, ConferenceEventEntity } from './conference.entity.js';

// The outbox table this context writes, registered with the relay and named when it is woken.
const OUTBOX_TABLE = 'conference_events';

/**
 * Loading conferences through the access layer, and announcing what happens in them. Shared
 * by the conference service and the action-item port (which the tasks context calls).
 */
@Injectable()
export class ConferenceStore implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly relay: OutboxRelay,
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

  /** Who was in each of these meetings: its chair and member agencies (participants and the chair's). */
  async membersOf(conferenceIds: readonly string[]): Promise<Map<string, { chairUserId: string; memberAgencyIds: string[] }>> {
    if (conferenceIds.length === 0) return new Map();
    const rows = await this.tx.manager
      .createQueryBuilder(ConferenceEntity, 'c')
      .leftJoinAndSelect('c.participants', 'participant')
      .where('c.id IN (:...conferenceIds)', { conferenceIds: [...conferenceIds] })
      .getMany();
    return new Map(rows.map((c) => [c.id, { chairUserId: c.chairUserId, memberAgencyIds: [c.chairAgencyId, ...(c.participants ?? []).map((p) => p.agencyId)] }]));
  }

  /** Announces to the live room through the outbox, in the transaction of the change it reports. */
  async announce(message: ConferenceEventPayload): Promise<void> {
    await this.tx.manager.insert(ConferenceEventEntity, { conferenceId: message.conferenceId, payload: { ...message }, occurredAt: this.clock.now(), publishedAt: null });
    await notifyOutbox(this.tx.manager, OUTBOX_TABLE);
  }

  onModuleInit(): void {
    this.relay.register({
      table: OUTBOX_TABLE,
      message: (row) => {
        const message = messageOf(row);
        return { topic: conferenceTopic(message.conferenceId), payload: message };
      },
    });
  }

  /** The newest event id of the room now: where a live stream starts counting what it may miss. */
  async headEventId(conferenceId: string): Promise<string> {
    const [row] = await this.tx.manager.query<{ id: string | null }[]>('SELECT max(id)::text AS id FROM conference_events WHERE conference_id = $1', [conferenceId]);
    return row?.id ?? '0';
  }

  /** The room's events after `afterId`, oldest first (a replay after the event bus was away). */
  async eventsAfter(conferenceId: string, afterId: string): Promise<ConferenceEventMessage[]> {
    const rows = await this.tx.manager.query<Record<string, unknown>[]>('SELECT * FROM conference_events WHERE conference_id = $1 AND id > $2 ORDER BY id LIMIT 500', [conferenceId, afterId]);
    return rows.map(messageOf);
  }
}

function messageOf(row: Record<string, unknown>): ConferenceEventMessage {
  return { ...(row['payload'] as ConferenceEventPayload), id: String(row['id']), occurredAt: new Date(row['occurred_at'] as string).toISOString() };
}
