import { describe, expect, it } from '@jest/globals';
import { MessageQueue, type Outcome } from './message-queue.js';
import type { Taker } from './stream-steps.js';

/** A queue whose results are the messages themselves, null for the ones `skipped` says, later when `later` says. */
function queueOf(skipped: (n: number) => boolean = () => false, later: (n: number) => boolean = () => false) {
  return new MessageQueue<number, number>({
    resultOf: (n): Outcome<number> => {
      const result = skipped(n) ? null : { done: false as const, value: n };
      return later(n) ? Promise.resolve(result) : result;
    },
  });
}

/** A taker that takes again as soon as it is handed a result (as a subscriber that sent it does), until `count`. */
function eagerTaker(queue: MessageQueue<number, number>, count: number) {
  const got: number[] = [];
  let ended: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (ended = resolve));
  const taker: Taker<number> = {
    took: (result) => {
      if (result.done) return ended();
      got.push(result.value);
      if (got.length === count) return ended();
      queue.takeTo(taker);
    },
    failed: () => undefined,
  };
  return { got, done, taker };
}

describe('MessageQueue', () => {
  it('hands a waiting taker each message as it is pushed, and holds them in order while none waits', () => {
    const queue = queueOf();
    const { got, taker } = eagerTaker(queue, 10);
    queue.push(1);
    queue.push(2);
    queue.takeTo(taker);
    queue.push(3);
    expect(got).toEqual([1, 2, 3]);
  });

  it('takes a long queue in a loop: a taker that takes again while handed a result does not deepen the stack', async () => {
    const queue = queueOf();
    for (let n = 0; n < 50_000; n++) queue.push(n);
    const { got, done, taker } = eagerTaker(queue, 50_000);
    queue.takeTo(taker);
    await done;
    expect(got).toHaveLength(50_000);
    expect(got.every((n, i) => n === i)).toBe(true);
  });

  it('passes over skipped messages, waits for a result still to come, and keeps the order behind it', async () => {
    const queue = queueOf(
      (n) => n % 3 === 0,
      (n) => n % 2 === 0,
    );
    const { got, done, taker } = eagerTaker(queue, 6);
    queue.takeTo(taker);
    for (let n = 1; n <= 10; n++) queue.push(n);
    await done;
    expect(got).toEqual([1, 2, 4, 5, 7, 8]);
  });

  it('hands the end to a taker waiting when it closes, and to one that comes after; nothing pushed after counts', async () => {
    const queue = queueOf();
    const waiting = eagerTaker(queue, 1);
    queue.takeTo(waiting.taker);
    queue.close();
    await waiting.done;
    expect(waiting.got).toEqual([]);
    queue.push(1);
    expect(await queue.take()).toEqual({ done: true, value: undefined });
  });

  it('gives a failing result to the taker that waits for it', async () => {
    const queue = new MessageQueue<number, number>({ resultOf: () => Promise.reject(new Error('step failed')) });
    queue.push(1);
    await expect(queue.take()).rejects.toThrow('step failed');
  });
});
