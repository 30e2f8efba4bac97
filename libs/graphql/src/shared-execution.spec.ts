import { describe, expect, it } from '@jest/globals';
import { GraphQLID, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { EventBus } from './event-bus.js';
import { replayingStream } from './replaying-stream.js';
import { selectsPayloadOnly, sharedExecutionSubscribe } from './shared-execution.js';
import { isSteppingStream } from './stream-steps.js';
import { Tally } from './tally.js';

interface Event {
  id: string;
  title: string;
}

// A source the test pushes events into: what a subscriber's authorised stream yields.
function source() {
  const waiting: ((step: IteratorResult<Event>) => void)[] = [];
  const iterator: AsyncIterableIterator<Event> = {
    next: () => new Promise((resolve) => waiting.push(resolve)),
    return: () => {
      for (const resolve of waiting.splice(0)) resolve({ done: true, value: undefined });
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return { iterator, push: (event: Event) => waiting.shift()?.({ done: false, value: event }) };
}

function schemaWith(sources: AsyncIterableIterator<Event>[]) {
  let subscribed = 0;
  const viewer = new GraphQLObjectType({ name: 'Viewer', fields: { name: { type: GraphQLString } } });
  const event = new GraphQLObjectType({
    name: 'Event',
    fields: {
      id: { type: GraphQLID },
      title: { type: GraphQLString },
      tags: { type: new GraphQLList(GraphQLString) },
      // Loads for the subscriber: never shared.
      viewer: { type: viewer, resolve: (_event, _args, context: { name: string }) => ({ name: context.name }) },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: { events: { type: event, subscribe: () => sources[subscribed++] as AsyncIterableIterator<Event>, resolve: (payload: Event) => payload } },
    }),
  });
}

describe('executing an event once for all its subscribers', () => {
  it('tells selections of the event alone from those that resolve for the subscriber, through fragments', () => {
    const schema = schemaWith([]);
    expect(selectsPayloadOnly(schema, parse('subscription { events { id title __typename } }'))).toBe(true);
    expect(selectsPayloadOnly(schema, parse('subscription { events { ...E } } fragment E on Event { id ... on Event { title } }'))).toBe(true);
    expect(selectsPayloadOnly(schema, parse('subscription { events { id viewer { name } } }'))).toBe(false);
    expect(selectsPayloadOnly(schema, parse('subscription { events { ...E } } fragment E on Event { viewer { name } }'))).toBe(false);
  });

  it('gives subscribers of the same event, document and variables one result; per-subscriber selections their own', async () => {
    const feeds = [source(), source(), source(), source()];
    const schema = schemaWith(feeds.map((f) => f.iterator));
    const deliveries = new Tally();
    const subscribe = sharedExecutionSubscribe(deliveries);
    const shared = parse('subscription { events { id title } }');
    const personal = parse('subscription { events { id viewer { name } } }');
    const streams = (await Promise.all([
      subscribe({ schema, document: shared, contextValue: { name: 'a' } }),
      subscribe({ schema, document: shared, contextValue: { name: 'b' } }),
      subscribe({ schema, document: personal, contextValue: { name: 'c' } }),
      subscribe({ schema, document: personal, contextValue: { name: 'd' } }),
    ])) as AsyncIterableIterator<ExecutionResult>[];
    const event = { id: '1', title: '家庭訪問' };
    const next = streams.map((s) => s.next());
    for (const feed of feeds) feed.push(event);
    const [a, b, c, d] = (await Promise.all(next)).map((step) => step.value as ExecutionResult);
    expect(a).toEqual({ data: { events: { id: '1', title: '家庭訪問' } } });
    expect(b).toBe(a);
    expect(c).toEqual({ data: { events: { id: '1', viewer: { name: 'c' } } } });
    expect(d).toEqual({ data: { events: { id: '1', viewer: { name: 'd' } } } });

    // Another event object (a replay read back for one subscriber) is executed on its own.
    const again = streams.slice(0, 2).map((s) => s.next());
    feeds[0]?.push({ ...event });
    feeds[1]?.push(event);
    const [replayed, live] = (await Promise.all(again)).map((step) => step.value as ExecutionResult);
    expect(replayed).toEqual(a);
    expect(replayed).not.toBe(a);
    expect(live).toBe(a);
    expect(new Map(deliveries.entries())).toEqual(new Map([['executed', 4], ['shared', 2]]));
  });

  it('ends a stream waiting for its next event at once when the client completes it', async () => {
    const feed = source();
    const subscribe = sharedExecutionSubscribe();
    const stream = (await subscribe({ schema: schemaWith([feed.iterator]), document: parse('subscription { events { id } }') })) as AsyncIterableIterator<ExecutionResult>;
    const pending = stream.next();
    await expect(stream.return?.()).resolves.toEqual({ done: true, value: undefined });
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
  });

  it('maps a stream that takes steps within it: the result comes in the stream\'s own promise, shared as before', async () => {
    const bus = new EventBus(null);
    const topic = 'renkei:test:shared';
    const feeds = [0, 1].map(() => replayingStream<Event>(bus, topic, { from: 'now', headId: '0' }, () => Promise.resolve([])));
    const deliveries = new Tally();
    const subscribe = sharedExecutionSubscribe(deliveries);
    const document = parse('subscription { events { id title } }');
    const schema = schemaWith(feeds);
    const streams = (await Promise.all(feeds.map(() => subscribe({ schema, document })))) as AsyncIterableIterator<ExecutionResult>[];
    expect(streams.every((stream) => isSteppingStream(stream))).toBe(true);
    const next = streams.map((stream) => stream.next());
    await new Promise<void>((resolve) => setImmediate(resolve));
    await bus.publish(topic, { id: '1', title: '家庭訪問' });
    const [a, b] = (await Promise.all(next)).map((step) => step.value as ExecutionResult);
    expect(a).toEqual({ data: { events: { id: '1', title: '家庭訪問' } } });
    expect(b).toBe(a);
    await Promise.all(streams.map((stream) => stream.return?.()));
  });
});
