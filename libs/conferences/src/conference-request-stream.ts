import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { EventBus, replayingStream, type StreamStart } from '@renkei/graphql';
import { UsersService } from '@renkei/identity';
import { conferenceRequestTopics, ConferenceRequestOutbox, type ConferenceRequestEventMessage } from './conference-request-outbox.js';
import type { ConferenceRequestModel } from './conference-request.model.js';
import { ConferenceRequestsService } from './conference-requests.service.js';

/**
 * A user's live requests: those sent to their agency, and the answers to those they sent as
 * chair. Each event is authorised again at delivery against the request as it is then, and
 * the subscriber still active.
 */
@Injectable()
export class ConferenceRequestStream {
  constructor(
    private readonly bus: EventBus,
    private readonly outbox: ConferenceRequestOutbox,
    private readonly requests: ConferenceRequestsService,
    private readonly users: UsersService,
  ) {}

  /**
   * From now on; with `afterId` (the last event id the client holds), those since then first,
   * with no gap and no repeat. Each is authorised as a step of the stream.
   */
  async subscribe(actor: Actor, afterId?: string): Promise<AsyncIterableIterator<ConferenceRequestModel>> {
    const start: StreamStart = afterId === undefined ? { from: 'now', headId: await this.outbox.headId() } : { from: 'after', afterId };
    const topics = conferenceRequestTopics(actor.municipalityId, { agencyId: actor.agencyId, chairUserId: actor.userId });
    return replayingStream<ConferenceRequestEventMessage>(this.bus, topics, start, (after) => this.outbox.addressedAfter(actor, after)).through((event) => this.deliverable(actor, event));
  }

  /** The request as it is now, when the event is the subscriber's and they may still have it; else null. */
  private async deliverable(actor: Actor, event: ConferenceRequestEventMessage): Promise<ConferenceRequestModel | null> {
    if (event.agencyId !== actor.agencyId && event.chairUserId !== actor.userId) return null;
    const [request, active] = await Promise.all([this.requests.deliverable(actor, event.requestId), this.users.activeIdsAmong(actor.userId, null)]);
    return request && active.has(actor.userId) ? request : null;
  }
}
