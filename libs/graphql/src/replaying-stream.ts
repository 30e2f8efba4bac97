import { DeliveredIds } from './delivered-ids.js';
import { EventBus, type Listening, type Receiver } from './event-bus.js';
import { DONE, MessageQueue, type Outcome, type Results } from './message-queue.js';
import { isPromiseLike } from './promise-like.js';
import { stepOn, thenStep, type Step, type SteppingStream, type Taker } from './stream-steps.js';

/** Anything with the id its outbox gave it (a bigint, as text). */
export interface OutboxMessage {
  readonly id: string;
}

// The ids a stream remembers, to tell a repeat above its floor. Past them, the smallest id
// forgotten becomes the floor: a message that late (relays of several processes publish out
// of order by moments, not by a thousand of one subscriber's messages) is taken for a
// repeat. Every id yielded above the floor is remembered, so a replay repeats nothing; an
// idle stream remembers nothing, a busy one at most this many ids (8 to 12 KiB).
const DELIVERED_MEMORY = 1_000;

/** Where a stream starts: from now on (after the newest id), or after an id the client holds. */
export type StreamStart = { readonly from: 'now'; readonly headId: string } | { readonly from: 'after'; readonly afterId: string };

/**
 * The messages of `topics` (one, or several: a subscriber's own addressed topics), live,
 * without repeats, and without gaps when the bus was away: Redis pub/sub keeps nothing
 * published while a subscriber reconnects, so on reconnect the messages after the start
 * (then after the last replayed one, or the oldest id the stream has forgotten) are read
 * back from the outbox with `missedAfter`, every page. Relays of several processes may
 * publish out of id order, so a repeat is told by the ids already yielded, not by order.
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
 *
 * An iterator object, not an async generator: `return()` ends a stream waiting for its next
 * message at once (a generator would only end when one came, keeping a closed connection's
 * stream and socket alive meanwhile), and an idle stream holds one pending promise, no more.
 * `next()` is called one at a time, as `for await` does.
 */
export function replayingStream<T extends OutboxMessage>(bus: EventBus, topics: string | readonly string[], from: StreamStart, missedAfter: (id: string) => Promise<T[]>): SteppingStream<T> {
  return new ReplayingStream<T, T>(bus, topics, from, missedAfter, null, null);
}

/**
 * `T`: the outbox's messages; `U`: what the stream yields, the messages through its steps
 * (`step` null: the messages themselves, `U` being `T`). Steps are taken as a message is
 * handed to its taker, one message at a time in order: a step that waits holds the next
 * message back until it has answered. Two steps are held as they are, `step` then `second` (a
 * subscriber's authorisation, then the GraphQL execution): composed, they would make a
 * closure and its context for every subscription.
 */
class ReplayingStream<T extends OutboxMessage, U> implements SteppingStream<U>, Receiver<T>, Results<T, U> {
  // Counted once per message yielded, under the family of the stream's (first) topic, worked out once.
  private readonly tallied: string;
  // Dropped once listened to.
  private topics: string | readonly string[] | null;
  // The ids yielded; its floor is raised to the smallest id it forgets (see DELIVERED_MEMORY).
  private readonly delivered: DeliveredIds;
  // As the outbox takes it: the start exactly as given, then the ids of the outbox's own rows.
  private replayFrom: string;
  private readonly queue = new MessageQueue<T, U>(this);
  // Live messages wait here while the catch-up replays, so that the replay comes first.
  private held: T[] | null = [];
  // The listening and the catch-up, until done (a settled promise would stay held).
  private starting: Promise<void> | 'started' | null = null;
  private listening: Listening | null = null;
  private ended = false;

  constructor(
    private readonly bus: EventBus,
    topics: string | readonly string[],
    private readonly from: StreamStart,
    private readonly missedAfter: (id: string) => Promise<T[]>,
    private readonly step: Step<T, unknown> | null,
    // Not `then`: an object with a `then` method is taken for a promise when awaited.
    private readonly second: Step<unknown, U> | null,
  ) {
    this.topics = topics;
    this.tallied = bus.traffic.delivered.label(typeof topics === 'string' ? topics : (topics[0] ?? ''));
    const start = from.from === 'now' ? from.headId : from.afterId;
    this.replayFrom = start;
    this.delivered = new DeliveredIds(Number(start), DELIVERED_MEMORY);
  }

  // Neither chained nor awaited, once started: the queue hands the message's result to the
  // taker's own promise (a waiting async function would also hold a frame and a promise of
  // its own, in every idle stream; a chained step, a promise per message).
  next(): Promise<IteratorResult<U>> {
    if (this.starting !== 'started') return this.startThenNext();
    return this.queue.take();
  }

  nextTo(taker: Taker<U>): void {
    if (this.starting === 'started') return this.queue.takeTo(taker);
    this.startThenNext().then(
      (result) => taker.took(result),
      (error: unknown) => taker.failed(error),
    );
  }

  through<V>(step: Step<U, V>): SteppingStream<V> {
    if (this.starting !== null || this.ended || this.topics === null) throw new Error('A stream takes its steps before it is read');
    const next = step as Step<unknown, V>;
    // The new step is the first, or the second; past two, the two held are composed into the first.
    const [first, second] = !this.step ? [next, null] : [this.second ? thenStep(this.step, this.second) : this.step, next];
    return new ReplayingStream<T, V>(this.bus, this.topics, this.from, this.missedAfter, first, second);
  }

  private async startThenNext(): Promise<IteratorResult<U>> {
    try {
      await (this.starting ??= this.start());
    } catch (error) {
      this.end();
      throw error;
    }
    this.starting = 'started';
    return this.next();
  }

  /** The message as the stream's next result: null, skipped, when a repeat or its steps say so. */
  resultOf(message: T): Outcome<U> {
    const id = Number(message.id);
    if (this.delivered.has(id)) return null;
    // Anything up to a new floor counts as delivered: a replay need not read it again.
    if (this.delivered.add(id) && this.delivered.floor > Number(this.replayFrom)) this.replayFrom = String(this.delivered.floor);
    this.bus.traffic.delivered.addToLabel(this.tallied);
    if (!this.step) return { done: false, value: message as unknown as U };
    let value: U | null | PromiseLike<U | null>;
    try {
      // Without a second step, the first's values are what the stream yields (U is its type).
      value = this.second ? stepOn(this.step(message), this.second) : (this.step(message) as U | null | PromiseLike<U | null>);
    } catch (error) {
      return this.failed(error);
    }
    if (!isPromiseLike(value)) return value === null ? null : { done: false, value };
    return Promise.resolve(value).then(
      (settled) => (settled === null ? null : { done: false, value: settled }),
      (error: unknown) => this.failed(error),
    );
  }

  // As a `for await` whose body throws: the taker gets the error, and the stream ends, not
  // left listening. Ended once the error is on its way: ended at once, the taker waiting
  // for this message would be answered with the end instead.
  private failed(error: unknown): Promise<never> {
    return Promise.reject(error).finally(() => this.end());
  }

  async return(): Promise<IteratorResult<U>> {
    this.end();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<U>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): SteppingStream<U> {
    return this;
  }

  private async start(): Promise<void> {
    if (this.ended) return;
    const listening = await this.bus.listen<T>(this.topics ?? [], this);
    this.topics = null;
    // Returned while subscribing: stop listening at once.
    if (this.ended) {
      this.bus.unlisten(listening, this);
      return;
    }
    this.listening = listening;
    await this.catchUp();
    const waiting = this.held ?? [];
    this.held = null;
    for (const message of waiting) this.queue.push(message);
  }

  /** A live message from the bus: held while the catch-up replays, so that the replay comes first. */
  receive(message: T): void {
    if (this.held) this.held.push(message);
    else this.queue.push(message);
  }

  /** The bus was away: what was published meanwhile is read back from the outbox. */
  reconnected(): void {
    this.catchUp().catch(() => undefined);
  }

  /** Queues every message the outbox holds after the replay position (the repeats are dropped as they are taken). */
  private async catchUp(): Promise<void> {
    while (!this.ended && this.enqueue(await this.missedAfter(this.replayFrom)));
  }

  /** Queues a page read back from the outbox and moves past it; false when it was empty. */
  private enqueue(missed: readonly T[]): boolean {
    for (const message of missed) this.queue.push(message);
    this.replayFrom = missed.at(-1)?.id ?? this.replayFrom;
    return missed.length > 0;
  }

  private end(): void {
    this.ended = true;
    if (this.listening) this.bus.unlisten(this.listening, this);
    this.listening = null;
    this.queue.close();
  }
}
