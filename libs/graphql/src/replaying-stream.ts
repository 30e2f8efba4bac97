import { EventBus } from './event-bus.js';

/** Anything with the id its outbox gave it (a bigint, as text). */
export interface OutboxMessage {
  readonly id: string;
}

// Enough ids to recognise a repeat from a replay after any realistic outage.
const DELIVERED_MEMORY = 5_000;

/**
 * The messages of `topic`, live, without repeats, and without gaps when the bus was away:
 * Redis pub/sub keeps nothing published while a subscriber reconnects, so on reconnect the
 * messages after `startAfter` (then after the last replayed one) are read back from the
 * outbox with `missedAfter`. Relays of several processes may publish out of id order, so a
 * repeat is told by the ids already yielded, not by order.
 */
export async function* replayingStream<T extends OutboxMessage>(bus: EventBus, topic: string, startAfter: string, missedAfter: (id: string) => Promise<T[]>): AsyncGenerator<T> {
  const live = bus.subscribe<T>(topic);
  const queue = new MessageQueue<T>();
  const delivered = new Set<string>();
  let replayFrom = startAfter;
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
    for await (const message of live) queue.push(message);
    queue.close();
  })();
  try {
    for await (const message of queue) {
      if (delivered.has(message.id)) continue;
      delivered.add(message.id);
      if (delivered.size > DELIVERED_MEMORY) delivered.delete(delivered.values().next().value as string);
      yield message;
    }
  } finally {
    stopReplays();
    queue.close();
    await live.return?.();
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
