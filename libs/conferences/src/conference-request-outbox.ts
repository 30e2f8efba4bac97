import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { notifyOutbox, OutboxRelay } from '@renkei/graphql';
import { Clock } from '@renkei/kernel';
import { ConferenceRequestEventEntity, type ConferenceRequestEntity } from './conference-request.entity.js';

// The outbox table this context writes, registered with the relay and named when it is woken.
const OUTBOX_TABLE = 'conference_request_events';

/** What travels on the event bus when a request is sent or answered (plain JSON). */
export interface ConferenceRequestEventMessage {
  id: string;
  municipalityId: string;
  requestId: string;
  /** Who it is for: the users of the addressed agency, and the chair. */
  agencyId: string;
  chairUserId: string;
  occurredAt: string;
}

/** One topic per recipient, the addressed agency's and the chair's: a subscriber hears only what is for them. */
export function conferenceRequestTopics(municipalityId: string, recipients: { readonly agencyId: string; readonly chairUserId: string }): string[] {
  return [`renkei:${municipalityId}:conference-requests:agency:${recipients.agencyId}`, `renkei:${municipalityId}:conference-requests:user:${recipients.chairUserId}`];
}

/** Writes request events in the caller's transaction, relays them after commit, reads them back. */
@Injectable()
export class ConferenceRequestOutbox implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.relay.register({
      table: OUTBOX_TABLE,
      message: (row) => {
        const message = messageOf(row);
        return { topic: conferenceRequestTopics(message.municipalityId, message), payload: message };
      },
    });
  }

  async append(request: ConferenceRequestEntity, chairUserId: string): Promise<void> {
    await this.tx.manager.insert(ConferenceRequestEventEntity, {
      municipalityId: request.municipalityId,
      requestId: request.id,
      agencyId: request.agencyId,
      chairUserId,
      occurredAt: this.clock.now(),
      publishedAt: null,
    });
    await notifyOutbox(this.tx.manager, OUTBOX_TABLE);
  }

  /** The newest event id now: where a live stream starts counting what it may miss. */
  async headId(): Promise<string> {
    const [row] = await this.tx.manager.query<{ id: string | null }[]>('SELECT max(id)::text AS id FROM conference_request_events');
    return row?.id ?? '0';
  }

  /** Events addressed to the actor (their agency, or them as chair) after `afterId`, oldest first. */
  async addressedAfter(actor: Actor, afterId: string): Promise<ConferenceRequestEventMessage[]> {
    const rows = await this.tx.manager.query<Record<string, unknown>[]>(
      'SELECT * FROM conference_request_events WHERE id > $1 AND municipality_id = $2 AND (agency_id = $3 OR chair_user_id = $4) ORDER BY id LIMIT 500',
      [afterId, actor.municipalityId, actor.agencyId, actor.userId],
    );
    return rows.map(messageOf);
  }
}

function messageOf(row: Record<string, unknown>): ConferenceRequestEventMessage {
  return {
    id: String(row['id']),
    municipalityId: row['municipality_id'] as string,
    requestId: row['request_id'] as string,
    agencyId: row['agency_id'] as string,
    chairUserId: row['chair_user_id'] as string,
    occurredAt: new Date(row['occurred_at'] as string).toISOString(),
  };
}
