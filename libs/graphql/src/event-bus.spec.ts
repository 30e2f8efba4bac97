import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { EventBus } from './event-bus.js';

// The machine's Redis (CI starts it); REDIS_URL points elsewhere.
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const STREAMS = 50;

describe('EventBus reconnect callbacks', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('tells every listening receiver once when the Redis subscriber connection is back, whatever its topics, and none that stopped', async () => {
    const warnings = jest.spyOn(process, 'emitWarning');
    const bus = new EventBus(REDIS_URL);
    const subscriber = bus['redis']?.subscriber;
    if (!subscriber) throw new Error('a bus with a Redis URL has a subscriber connection');
    if (subscriber.status !== 'ready') await new Promise((resolve) => subscriber.once('ready', resolve));
    const topic = (name: string) => `renkei:test:reconnect:${process.pid}:${Date.now()}:${name}`;
    const [own, shared] = [topic('own'), topic('shared')];
    const calls = new Array<number>(STREAMS).fill(0);
    let allCalled: () => void = () => undefined;
    const everyStreamCalled = new Promise<void>((resolve) => (allCalled = resolve));
    const streams = calls.map((_, i) => ({
      receive: () => undefined,
      reconnected: () => {
        calls[i] = (calls[i] ?? 0) + 1;
        if (calls.slice(1).every((n) => n > 0)) allCalled();
      },
    }));
    // Each on two topics, one of them shared by all: still told once.
    const listening = await Promise.all(streams.map((stream) => bus.listen([own, shared], stream)));
    bus.unlisten(listening[0] ?? [], streams[0] as (typeof streams)[0]);
    try {
      // Dropped and reconnected: what was published meanwhile is gone, the streams replay.
      subscriber.disconnect(true);
      await everyStreamCalled;
      expect(calls).toEqual([0, ...new Array<number>(STREAMS - 1).fill(1)]);
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      // Left listening: unlistened, Redis would be told to unsubscribe as the bus quits.
      await bus.onApplicationShutdown();
    }
  });
});

describe('EventBus receivers', () => {
  // Its own topic: other suites (and the other Node version's run) share the machine's Redis.
  const TOPIC = `renkei:test:shared:${process.pid}:${Date.now()}`;
  /** A receiver that records what it receives; `received(n)` resolves once it holds n messages. */
  const receiver = () => {
    const got: unknown[] = [];
    const waiting = new Set<() => void>();
    return {
      got,
      receive: (message: unknown) => {
        got.push(message);
        waiting.forEach((check) => check());
      },
      received: (count: number) =>
        new Promise<void>((resolve) => {
          const check = () => got.length >= count && (waiting.delete(check), resolve());
          if (!check()) waiting.add(check);
        }),
    };
  };

  for (const [engine, url] of [
    ['in-process', null],
    ['Redis', REDIS_URL],
  ] as const) {
    it(`${engine}: one engine subscription per topic, however many receivers; each receives until it lets go, the last one's leaving ends it`, async () => {
      const bus = new EventBus(url);
      const receiversOf = (topic: string) => (bus['topics'] as Map<string, { receivers: Set<unknown> }>).get(topic)?.receivers.size ?? 0;
      const subscribe = jest.spyOn(bus['engine'], 'subscribe');
      const unsubscribe = jest.spyOn(bus['engine'], 'unsubscribe');
      try {
        const [first, second] = [receiver(), receiver()];
        const firstListening = await bus.listen(TOPIC, first);
        const secondListening = await bus.listen([TOPIC, `${TOPIC}:other`], second);
        expect(subscribe.mock.calls.map(([topic]) => topic)).toEqual([TOPIC, `${TOPIC}:other`]);
        expect(receiversOf(TOPIC)).toBe(2);
        await bus.publish(TOPIC, { n: 1 });
        await Promise.all([first.received(1), second.received(1)]);
        bus.unlisten(firstListening, first);
        await bus.publish(TOPIC, { n: 2 });
        await second.received(2);
        expect(first.got).toEqual([{ n: 1 }]);
        expect(second.got).toEqual([{ n: 1 }, { n: 2 }]);
        expect(unsubscribe).not.toHaveBeenCalled();
        bus.unlisten(secondListening, second);
        // The engine lets go once each subscription's id is known (a resolved promise here).
        await new Promise((resolve) => setImmediate(resolve));
        expect(unsubscribe).toHaveBeenCalledTimes(2);
        expect(receiversOf(TOPIC)).toBe(0);
      } finally {
        await bus.onApplicationShutdown();
      }
    });
  }
});
