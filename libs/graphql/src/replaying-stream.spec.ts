import { describe, expect, it } from '@jest/globals';
import { EventBus } from './event-bus.js';
import { replayingStream } from './replaying-stream.js';

const TOPIC = 'renkei:test:events';

interface Message {
  id: string;
}

/** An in-process bus and an outbox of `stored` messages, read back after an id a page at a time (as the outboxes do). */
function setUp(stored: Message[], page = 500) {
  const bus = new EventBus(null);
  const listeners = () => (bus['engine'] as unknown as { ee: { listenerCount(topic: string): number } }).ee.listenerCount(TOPIC);
  const missedAfter = (after: string) => Promise.resolve(stored.filter((message) => BigInt(message.id) > BigInt(after)).slice(0, page));
  // What the bus does when Redis is back after being away.
  const reconnected = () => bus['tellReconnected']();
  return { bus, listeners, missedAfter, reconnected };
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The next `count` messages' ids. */
async function taken(stream: AsyncIterator<Message>, count: number): Promise<string[]> {
  const got: string[] = [];
  for (let i = 0; i < count; i++) got.push(((await stream.next()) as IteratorYieldResult<Message>).value.id);
  return got;
}

/** A stream started "now" that has taken `count` messages live (`live`, their ids), each also stored in the outbox. */
async function afterLive(count: number, page?: number) {
  const stored: Message[] = [];
  const { bus, missedAfter, reconnected } = setUp(stored, page);
  const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter);
  const first = stream.next();
  await new Promise<void>((resolve) => setImmediate(resolve));
  for (const id of ids(1, count)) {
    stored.push({ id });
    await bus.publish(TOPIC, { id });
  }
  const live = [((await first) as IteratorYieldResult<Message>).value.id, ...(await taken(stream, count - 1))];
  return { stored, bus, reconnected, stream, live };
}

describe('replayingStream', () => {
  it('replays what the client missed, then goes on live, without a repeat', async () => {
    const { bus, missedAfter } = setUp([{ id: '2' }, { id: '3' }]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'after', afterId: '1' }, missedAfter);
    expect(await stream.next()).toEqual({ done: false, value: { id: '2' } });
    expect(await stream.next()).toEqual({ done: false, value: { id: '3' } });
    // A replayed message published again, then a new one.
    await bus.publish(TOPIC, { id: '3' });
    await bus.publish(TOPIC, { id: '4' });
    expect(await stream.next()).toEqual({ done: false, value: { id: '4' } });
    await stream.return?.();
  });

  it('replays every page published while the bus was away, however many messages came live before', async () => {
    const { stored, bus, reconnected, stream, live } = await afterLive(5, 3);
    expect(live).toEqual(ids(1, 5));
    // Published while Redis was away: stored, never heard. More than a page of them.
    stored.push(...ids(6, 12).map((id) => ({ id })));
    reconnected();
    expect(await taken(stream, 7)).toEqual(ids(6, 12));
    await bus.publish(TOPIC, { id: '12' });
    await bus.publish(TOPIC, { id: '13' });
    expect(await taken(stream, 1)).toEqual(['13']);
    await stream.return?.();
  });

  it('repeats nothing on a replay after more messages than it remembers by id', async () => {
    const { stored, reconnected, stream, live } = await afterLive(1_500);
    expect(live).toEqual(ids(1, 1_500));
    stored.push({ id: '1501' });
    reconnected();
    expect(await taken(stream, 1)).toEqual(['1501']);
    await stream.return?.();
  });

  it('ends a stream waiting for its next message at once, and stops listening', async () => {
    const { bus, listeners, missedAfter } = setUp([]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter);
    const waiting = stream.next();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(listeners()).toBe(1);
    await stream.return?.();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(listeners()).toBe(0);
  });

  it('stops listening when returned before its first message', async () => {
    const { bus, listeners, missedAfter } = setUp([]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter);
    await stream.return?.();
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    expect(listeners()).toBe(0);
  });

  it('takes its steps as each message comes, in order, skipping what a step declines, waiting for a step that waits', async () => {
    const { bus, missedAfter } = setUp([]);
    let releaseFirst: () => void = () => undefined;
    const firstWaits = new Promise<void>((resolve) => (releaseFirst = resolve));
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter)
      // Message 1 is looked up (it waits), 2 is declined, 3 and 4 are at hand.
      .through((message) => (message.id === '1' ? firstWaits.then(() => message.id) : message.id === '2' ? null : message.id))
      .through((id) => `#${id}`);
    const first = stream.next();
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const id of ['1', '2', '3', '4']) await bus.publish(TOPIC, { id });
    releaseFirst();
    expect(await first).toEqual({ done: false, value: '#1' });
    expect(await stream.next()).toEqual({ done: false, value: '#3' });
    expect(await stream.next()).toEqual({ done: false, value: '#4' });
    await stream.return?.();
  });

  it('takes a third step after the two it holds, a waiting one among them', async () => {
    const { bus, missedAfter } = setUp([]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter)
      .through((message) => Number(message.id))
      .through((id) => Promise.resolve(id === 2 ? null : id * 10))
      .through((tens) => (tens === 30 ? null : `${tens}!`));
    const first = stream.next();
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const id of ['1', '2', '3', '4']) await bus.publish(TOPIC, { id });
    expect(await first).toEqual({ done: false, value: '10!' });
    expect(await stream.next()).toEqual({ done: false, value: '40!' });
    await stream.return?.();
  });

  it('is never taken for a promise: a resolver returns it from an async function', async () => {
    const { bus, missedAfter } = setUp([]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter)
      .through((message) => message.id)
      .through((id) => `#${id}`);
    // Awaited with a `then` of its own, it would be called with the promise's resolvers, never settling.
    expect('then' in stream).toBe(false);
    await expect((async () => stream)()).resolves.toBe(stream);
  });

  it('answers a failed step with its error and stops listening', async () => {
    const { bus, listeners, missedAfter } = setUp([]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter).through(() => {
      throw new Error('facts unavailable');
    });
    const waiting = stream.next();
    await new Promise<void>((resolve) => setImmediate(resolve));
    await bus.publish(TOPIC, { id: '1' });
    await expect(waiting).rejects.toThrow('facts unavailable');
    expect(listeners()).toBe(0);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('takes steps only before it is read', async () => {
    const { bus, missedAfter } = setUp([]);
    const stream = replayingStream<Message>(bus, TOPIC, { from: 'now', headId: '0' }, missedAfter);
    const waiting = stream.next();
    expect(() => stream.through((message) => message.id)).toThrow('before it is read');
    await stream.return?.();
    await waiting;
  });
});
