import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { EventBus, replayingStream, type StreamStart } from '@renkei/graphql';
import { UsersService } from '@renkei/identity';
import { conferenceTopic, ConferenceEventModel, type ConferenceEventMessage } from './conference-events.js';
import type { LoadedConference } from './conference-facts.js';
import { ConferenceStore } from './conference-store.js';

const FACTS_TTL_MS = 10_000;

/**
 * A participant's live room. Every event is authorised again at delivery, against the
 * conference as it is then: the subscriber's agency still a participant (or they chair),
 * the subscriber still active; case content only if they acknowledged confidentiality.
 * Rooms are small (the agencies around a few cases), so each subscriber looks the facts up.
 */
@Injectable()
export class ConferenceEventStream {
  private readonly facts = new Map<string, Promise<{ conference: LoadedConference | null; activeUserIds: ReadonlySet<string> }>>();

  constructor(
    private readonly bus: EventBus,
    private readonly store: ConferenceStore,
    private readonly users: UsersService,
    private readonly cases: CasesService,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * The room's events from now on; with `afterId` (the id of the last event the client
   * holds), those since then first, then the live ones, with no gap and no repeat. Each is
   * authorised as a step of the stream: no generator of its own around it.
   */
  async subscribe(actor: Actor, conferenceId: string, afterId?: string): Promise<AsyncIterableIterator<ConferenceEventModel>> {
    await this.store.require(actor, conferenceId, 'participate');
    const start: StreamStart = afterId === undefined ? { from: 'now', headId: await this.store.headEventId(conferenceId) } : { from: 'after', afterId };
    return replayingStream<ConferenceEventMessage>(this.bus, conferenceTopic(conferenceId), start, (after) => this.store.eventsAfter(conferenceId, after)).through((event) => this.deliverable(actor, event));
  }

  /** The event as the subscriber may have it now, or null when they may not. */
  private async deliverable(actor: Actor, event: ConferenceEventMessage): Promise<ConferenceEventModel | null> {
    const { conference, activeUserIds } = await this.factsOf(actor, event);
    if (!conference || !activeUserIds.has(actor.userId)) return null;
    // Case content through the 守秘義務 gate, and only about a case the subscriber may know of.
    const content = this.access.mayReadMeetingContent(actor, conference) && (!event.caseId || (await this.cases.knownIds(actor, [event.caseId])).has(event.caseId));
    return ConferenceEventModel.from(event, content);
  }

  // Looked up as the subscriber, so the access layer decides; once per event and subscriber.
  private factsOf(actor: Actor, event: ConferenceEventMessage) {
    const key = `${event.id}|${actor.userId}`;
    let facts = this.facts.get(key);
    if (!facts) {
      facts = Promise.all([this.store.require(actor, event.conferenceId, 'participate').catch(() => null), this.users.activeIdsAmong(actor.userId, null)]).then(
        ([conference, activeUserIds]) => ({ conference, activeUserIds }),
      );
      this.facts.set(key, facts);
      setTimeout(() => this.facts.delete(key), FACTS_TTL_MS).unref();
    }
    return facts;
  }
}
