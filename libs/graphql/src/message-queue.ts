import { isPromiseLike } from './promise-like.js';
import type { Taker } from './stream-steps.js';

/** A message's result for the taker: null when skipped (a repeat, or a step said so). */
export type Outcome<U> = IteratorResult<U> | null | Promise<IteratorResult<U> | null>;

/** What a queue's messages come to for their taker. */
export interface Results<T, U> {
  resultOf(message: T): Outcome<U>;
}

/** A finished stream's result. */
export const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A minimal async queue of a stream's messages: pushed in order, taken by one waiting taker at
 * a time, until it is closed. A message's result (`resultOf`) is worked out as the taker takes
 * it, at once when the taker is already waiting: a subscriber waiting for its next event holds
 * its taker here, no promise, and a delivery makes none. A message whose result is null (a
 * repeat, or skipped by a step) is passed over; a result still to come is the taker's when it
 * comes (the next message's if it is null), and the messages after it wait meanwhile.
 *
 * A taker handed a result may take again before it returns (a subscriber sends, then asks for
 * the next): the loop already running hands it the next one, so that a long queue is taken
 * in a loop, not in a recursion as deep as the queue.
 */
export class MessageQueue<T, U> {
  // Made with the first message that finds no taker waiting: an idle stream has none.
  private items: T[] | null = null;
  private taker: Taker<U> | null = null;
  private handing = false;
  private closed = false;

  // The stream itself, not a callback made for it: one object fewer in every stream.
  constructor(private readonly results: Results<T, U>) {}

  push(message: T): void {
    if (this.closed) return;
    if (this.taker !== null && this.items === null && !this.handing) this.hand(message);
    else (this.items ??= []).push(message);
  }

  close(): void {
    this.closed = true;
    this.items = null;
    if (!this.handing) this.hand(undefined);
  }

  /** Hands the next message's result to `taker`, now or when it comes; the end once closed. */
  takeTo(taker: Taker<U>): void {
    this.taker = taker;
    if (!this.handing) this.hand(undefined);
  }

  /** The next message's result, or the end once closed. */
  take(): Promise<IteratorResult<U>> {
    return new Promise((resolve, reject) => this.takeTo({ took: resolve, failed: reject }));
  }

  /** Hands results to the taker while one waits and messages are there: `first`, then the queued. */
  private hand(first: T | undefined): void {
    this.handing = true;
    try {
      let message = first;
      while (this.taker !== null) {
        message ??= this.items?.shift();
        if (this.items?.length === 0) this.items = null;
        if (message === undefined) {
          if (this.closed) this.handTo(DONE);
          return;
        }
        const result = this.results.resultOf(message);
        message = undefined;
        if (result !== null) this.handTo(result);
      }
    } finally {
      this.handing = false;
    }
  }

  private handTo(result: IteratorResult<U> | Promise<IteratorResult<U> | null>): void {
    const taker = this.taker as Taker<U>;
    this.taker = null;
    if (!isPromiseLike(result)) return taker.took(result);
    result.then(
      (settled) => (settled ? taker.took(settled) : this.takeTo(taker)),
      (error: unknown) => taker.failed(error),
    );
  }
}
