import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { EventBus, replayingStream, type StreamStart } from '@renkei/graphql';
import { UsersService } from '@renkei/identity';
import { taskEventTopics, type TaskEventMessage } from './task-event.entity.js';
import { TaskEventsOutbox } from './task-events.outbox.js';
import { TaskEventModel } from './task.model.js';

// How long the facts looked up for one event are shared by the subscribers receiving it.
const FACTS_TTL_MS = 10_000;

interface EventFacts {
  readonly caseFacts: { id: string; municipalityId: string; teamAgencyIds: string[] } | null;
  readonly activeRecipientIds: ReadonlySet<string>;
}

/**
 * The live task events of one subscriber. Every event is authorised again at delivery:
 * addressed to the subscriber or their agency, the subscriber still active, and still
 * allowed to see the task's case (a reassignment, a deactivation or a change of the case
 * team stops the flow at once). The facts are looked up once per event per process and
 * shared by all its subscribers, so a fan-out costs two queries, not two per subscriber.
 */
@Injectable()
export class TaskEventStream {
  // The facts of an event: its lookup while under way, then the facts themselves.
  private readonly facts = new Map<string, EventFacts | Promise<EventFacts>>();
  // One model per message the bus delivered: its subscribers then share one execution of the
  // same selection (sharedExecutionSubscribe tells results apart by the event object).
  private readonly models = new WeakMap<TaskEventMessage, TaskEventModel>();

  constructor(
    private readonly bus: EventBus,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly outbox: TaskEventsOutbox,
  ) {}

  /**
   * Live events, replayed from the outbox after the event bus was away (Redis restarting).
   * With `afterId` (the last event the client holds), the events since then come first,
   * then the live ones, with no gap and no repeat; without, the stream starts now.
   */
  async subscribe(actor: Actor, afterId?: string): Promise<AsyncIterableIterator<TaskEventModel>> {
    const start: StreamStart = afterId === undefined ? { from: 'now', headId: await this.outbox.headId() } : { from: 'after', afterId };
    const topics = taskEventTopics(actor.municipalityId, { userId: actor.userId, agencyId: actor.agencyId });
    return replayingStream<TaskEventMessage>(this.bus, topics, start, (after) => this.outbox.addressedAfter(actor, after)).through((event) => this.selected(actor, event));
  }

  /**
   * The event's model if `actor` may receive it, else null: addressed to the subscriber or
   * their agency, the subscriber still active, and still allowed to see the task's case. At
   * once when the event's facts are at hand, else with the one promise of waiting for them.
   */
  private selected(actor: Actor, event: TaskEventMessage): TaskEventModel | null | Promise<TaskEventModel | null> {
    if (event.recipientUserId !== actor.userId && event.recipientAgencyId !== actor.agencyId) return null;
    const facts = this.factsOf(event);
    return facts instanceof Promise ? facts.then((known) => this.modelFor(actor, event, known)) : this.modelFor(actor, event, facts);
  }

  private modelFor(actor: Actor, event: TaskEventMessage, { caseFacts, activeRecipientIds }: EventFacts): TaskEventModel | null {
    if (!activeRecipientIds.has(actor.userId) || caseFacts === null || !this.access.can(actor, 'read', 'Case', caseFacts)) return null;
    let model = this.models.get(event);
    if (!model) {
      model = TaskEventModel.from(event);
      this.models.set(event, model);
    }
    return model;
  }

  private factsOf(event: TaskEventMessage): EventFacts | Promise<EventFacts> {
    const known = this.facts.get(event.id);
    if (known) return known;
    const lookup: Promise<EventFacts> = Promise.all([this.cases.factsOf(event.caseId), this.users.activeIdsAmong(event.recipientUserId, event.recipientAgencyId)]).then(([caseFacts, activeRecipientIds]) => {
      const facts = { caseFacts, activeRecipientIds };
      // Kept as found: the subscribers judging the event from now on need not wait on a promise.
      if (this.facts.get(event.id) === lookup) this.facts.set(event.id, facts);
      return facts;
    });
    this.facts.set(event.id, lookup);
    setTimeout(() => this.facts.delete(event.id), FACTS_TTL_MS).unref();
    return lookup;
  }
}
