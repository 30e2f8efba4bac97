import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { EventBus, replayingStream, selectedStream, type StreamStart } from '@renkei/graphql';
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
  private readonly facts = new Map<string, Promise<EventFacts>>();
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
    const events = replayingStream<TaskEventMessage>(this.bus, topics, start, (after) => this.outbox.addressedAfter(actor, after));
    return selectedStream(events, async (event) => ((await this.mayReceive(actor, event)) ? this.modelOf(event) : null));
  }

  private modelOf(event: TaskEventMessage): TaskEventModel {
    let model = this.models.get(event);
    if (!model) {
      model = TaskEventModel.from(event);
      this.models.set(event, model);
    }
    return model;
  }

  async mayReceive(actor: Actor, event: TaskEventMessage): Promise<boolean> {
    if (event.recipientUserId !== actor.userId && event.recipientAgencyId !== actor.agencyId) return false;
    const { caseFacts, activeRecipientIds } = await this.factsOf(event);
    return activeRecipientIds.has(actor.userId) && caseFacts !== null && this.access.can(actor, 'read', 'Case', caseFacts);
  }

  private factsOf(event: TaskEventMessage): Promise<EventFacts> {
    let facts = this.facts.get(event.id);
    if (!facts) {
      facts = Promise.all([this.cases.factsOf(event.caseId), this.users.activeIdsAmong(event.recipientUserId, event.recipientAgencyId)]).then(
        ([caseFacts, activeRecipientIds]) => ({ caseFacts, activeRecipientIds }),
      );
      this.facts.set(event.id, facts);
      setTimeout(() => this.facts.delete(event.id), FACTS_TTL_MS).unref();
    }
    return facts;
  }
}

