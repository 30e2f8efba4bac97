import { EventBus } from './event-bus.js';

/** Anything with the id its outbox gave it (a bigint, as text). */
export interface OutboxMessage {
  readonly id: string;
}

// Enough ids to recognise a repeat from a replay after any realistic outage.
const DELIVERED_MEMORY = 5_000;

/** Where a stream starts: from now on (after the newest id), or after an id the client holds. */
export type StreamStart = { readonly from: 'now'; readonly headId: string } | { readonly from: 'after'; readonly afterId: string };

/**
 * The messages of `topics` (one, or several: a subscriber's own addressed topics), live, without repeats, and without gaps when the bus was away:
 * Redis pub/sub keeps nothing published while a subscriber reconnects, so on reconnect the
 * messages after the start (then after the last replayed one) are read back from the
 * outbox with `missedAfter`. Relays of several processes may publish out of id order, so a
 * repeat is told by the ids already yielded, not by order.
 *
 * The stream first listens, waits until the bus confirms the subscription, then replays the
 * outbox after its start (an id the client holds, from before a disconnect or a failover;
 * or the head when it started "now", since Redis confirms a SUBSCRIBE a moment after the
 * head was read), page by page, and only then lets the live messages through (held
 * meanwhile, repeats of replayed ones dropped): an event committed at any moment is either
 * in the replay (committed before it read) or published after the subscription was live.
 * Messages up to the start are the client's already, or came before it asked: one
 * published again (a relay that died before marking its batch sent) is dropped, and so is
 * the second copy of a message published on two of the topics. No gap, no duplicate, in
 * one call.
 */
export async function* replayingStream<T extends OutboxMessage>(bus: EventBus, topics: string | readonly string[], from: StreamStart, missedAfter: (id: string) => Promise<T[]>): AsyncGenerator<T> {
  const live = bus.subscribe<T>(topics);
  // Counted once per message yielded, under the family of the stream's (first) topic.
  const tallied = typeof topics === 'string' ? topics : (topics[0] ?? '');
  const queue = new MessageQueue<T>();
  const delivered = new Set<string>();
  const start = from.from === 'now' ? from.headId : from.afterId;
  let replayFrom = start;
  // Live messages wait here while the catch-up replays, so that the replay comes first.
  let held: T[] | null = [];
  const floor = BigInt(start);
  const stopReplays = bus.onReconnect(() => {
    missedAfter(replayFrom).then(
      (missed) => {
        for (const message of missed) queue.push(message);
        replayFrom = missed.at(-1)?.id ?? replayFrom;
      },
      () => undefined,
    );
  });
  void (async () => {
    for await (const message of live) {
      if (held) held.push(message);
      else queue.push(message);
    }
    queue.close();
  })();
  try {
    await listening(live);
    for (;;) {
      const missed = await missedAfter(replayFrom);
      if (missed.length === 0) break;
      for (const message of missed) queue.push(message);
      replayFrom = missed.at(-1)?.id ?? replayFrom;
    }
    const waiting: T[] = held;
    held = null;
    for (const message of waiting) queue.push(message);
    for await (const message of queue) {
      if (delivered.has(message.id) || BigInt(message.id) <= floor) continue;
      delivered.add(message.id);
      if (delivered.size > DELIVERED_MEMORY) delivered.delete(delivered.values().next().value as string);
      bus.traffic.delivered.add(tallied);
      yield message;
    }
  } finally {
    stopReplays();
    queue.close();
    await live.return?.();
  }
}

/**
 * Resolves once the bus has the subscription in place (Redis acknowledged SUBSCRIBE). The
 * iterators of graphql-subscriptions and graphql-redis-subscriptions subscribe on their
 * first `next()` (already called by the pump) and keep the promise of it: the in-process
 * one as `allSubscribed`, the Redis one behind its idempotent `subscribeAll()`.
 */
async function listening(live: AsyncIterableIterator<unknown>): Promise<void> {
  const iterator = live as { allSubscribed?: Promise<unknown> | null; subscribeAll?: () => Promise<unknown> };
  if ('allSubscribed' in iterator) await iterator.allSubscribed;
  else if (typeof iterator.subscribeAll === 'function') await iterator.subscribeAll();
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
