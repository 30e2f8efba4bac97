import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { EventBus } from '@renkei/graphql';
import { UsersService } from '@renkei/identity';
import { taskEventsTopic, type TaskEventMessage } from './task-event.entity.js';
import { TaskEventsOutbox } from './task-events.outbox.js';
import { TaskEventModel } from './task.model.js';

// How long the facts looked up for one event are shared by the subscribers receiving it.
const FACTS_TTL_MS = 10_000;
// Enough ids to recognise a repeat from a replay after any realistic outage.
const DELIVERED_MEMORY = 5_000;

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

  constructor(
    private readonly bus: EventBus,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly outbox: TaskEventsOutbox,
  ) {}

  /**
   * Live events without repeats. When the event bus was away (Redis restarting), what was
   * published meanwhile is replayed from the outbox. Relays of several processes may publish
   * out of id order, so repeats are told by the ids already delivered.
   */
  async *subscribe(actor: Actor): AsyncGenerator<TaskEventModel> {
    const live = this.bus.subscribe<TaskEventMessage>(taskEventsTopic(actor.municipalityId));
    const queue = new MessageQueue<TaskEventMessage>();
    const delivered = new Set<string>();
    let replayFrom = await this.outbox.headId();
    const stopReplays = this.bus.onReconnect(() => {
      this.outbox.addressedAfter(actor, replayFrom).then(
        (missed) => {
          for (const message of missed) queue.push(message);
          replayFrom = missed.at(-1)?.id ?? replayFrom;
        },
        () => undefined,
      );
    });
    void (async () => {
      for await (const event of live) queue.push(event);
      queue.close();
    })();
    try {
      for await (const event of queue) {
        if (delivered.has(event.id) || !(await this.mayReceive(actor, event))) continue;
        delivered.add(event.id);
        if (delivered.size > DELIVERED_MEMORY) delivered.delete(delivered.values().next().value as string);
        yield TaskEventModel.from(event);
      }
    } finally {
      stopReplays();
      queue.close();
      await live.return?.();
    }
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

/** A minimal async queue: pushed items are yielded in order until it is closed. */
class MessageQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}
