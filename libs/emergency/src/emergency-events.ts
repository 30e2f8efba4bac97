import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { EventBus, notifyOutbox, OutboxRelay, replayingStream, type StreamStart } from '@renkei/graphql';
import { UsersService } from '@renkei/identity';
import { Clock } from '@renkei/kernel';
import { EmergencyAccessEntity, EmergencyAccessEventEntity } from './emergency-access.entity.js';
import { EmergencyAccessEventModel, EmergencyAccessModel } from './emergency-access.model.js';
import type { EmergencyAccessEventType } from './emergency-enums.js';

// The outbox table this context writes, registered with the relay and named when it is woken.
const OUTBOX_TABLE = 'emergency_access_events';

/** What travels on the event bus (plain JSON): which declaration, and what happened to it. */
export interface EmergencyEventMessage {
  readonly id: string;
  readonly type: EmergencyAccessEventType;
  readonly emergencyAccessId: string;
  readonly municipalityId: string;
}

function topicOf(municipalityId: string): string {
  return `renkei:emergency:${municipalityId}`;
}

/**
 * Announcing declarations live (through an outbox, so only what committed is told) and the
 * stream of them per subscriber. Each event is authorised again at delivery, against the
 * declaration as it is then and the subscriber as they are then: the municipality's auditors
 * and coordinators, and the declarer for their own (the access policy's 'read').
 */
@Injectable()
export class EmergencyEvents implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly relay: OutboxRelay,
    private readonly bus: EventBus,
    private readonly access: AccessPolicy,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.relay.register({ table: OUTBOX_TABLE, message: (row) => ({ topic: topicOf(String(row['municipality_id'])), payload: messageOf(row) }) });
  }

  /** In the transaction of the change it reports. */
  async announce(type: EmergencyAccessEventType, access: EmergencyAccessEntity): Promise<void> {
    const payload = { type, emergencyAccessId: access.id };
    await this.tx.manager.insert(EmergencyAccessEventEntity, { municipalityId: access.municipalityId, payload, occurredAt: this.clock.now(), publishedAt: null });
    await notifyOutbox(this.tx.manager, OUTBOX_TABLE);
  }

  /**
   * The events from now on; with `afterId` (the last event the client holds), those since then
   * first. Each authorised at delivery; a stream the client ends lets go of everything at once.
   */
  async subscribe(actor: Actor, afterId?: string): Promise<AsyncIterableIterator<EmergencyAccessEventModel>> {
    const start: StreamStart = afterId === undefined ? { from: 'now', headId: await this.headId(actor.municipalityId) } : { from: 'after', afterId };
    return replayingStream<EmergencyEventMessage>(this.bus, topicOf(actor.municipalityId), start, (after) => this.eventsAfter(actor.municipalityId, after)).through((event) => this.deliverable(actor, event));
  }

  // Looked up as the subscriber, at delivery: a deactivated user or one who may not read it gets nothing.
  private async deliverable(actor: Actor, event: EmergencyEventMessage): Promise<EmergencyAccessEventModel | null> {
    const [access, active] = await Promise.all([this.tx.manager.findOneBy(EmergencyAccessEntity, { id: event.emergencyAccessId }), this.users.activeIdsAmong(actor.userId, null)]);
    if (!access || !active.has(actor.userId)) return null;
    if (!this.access.can(actor, 'read', 'EmergencyAccess', { id: access.id, municipalityId: access.municipalityId, declaredByUserId: access.declaredByUserId })) return null;
    return Object.assign(new EmergencyAccessEventModel(), { id: event.id, type: event.type, emergencyAccess: EmergencyAccessModel.from(access, this.clock.now()) });
  }

  private async headId(municipalityId: string): Promise<string> {
    const [row] = await this.tx.manager.query<{ id: string | null }[]>('SELECT max(id)::text AS id FROM emergency_access_events WHERE municipality_id = $1', [municipalityId]);
    return row?.id ?? '0';
  }

  private async eventsAfter(municipalityId: string, afterId: string): Promise<EmergencyEventMessage[]> {
    const rows = await this.tx.manager.query<Record<string, unknown>[]>('SELECT * FROM emergency_access_events WHERE municipality_id = $1 AND id > $2 ORDER BY id LIMIT 500', [municipalityId, afterId]);
    return rows.map(messageOf);
  }
}

function messageOf(row: Record<string, unknown>): EmergencyEventMessage {
  const payload = row['payload'] as { type: EmergencyAccessEventType; emergencyAccessId: string };
  return { id: String(row['id']), type: payload.type, emergencyAccessId: payload.emergencyAccessId, municipalityId: String(row['municipality_id']) };
}
