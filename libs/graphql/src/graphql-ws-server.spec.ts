import { afterEach, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, GraphQLError, parse, subscribe, validate, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { createClient, GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLWsServer, type GraphQLWsOptions } from './graphql-ws-server.js';

const schema = buildSchema(`
  type Query { hello: String }
  type Subscription { ticks: Int }
`);

/** A source the test pushes events into; `ended` resolves when its subscriber lets go. */
class Source {
  private waiting: ((step: IteratorResult<unknown>) => void) | null = null;
  private readonly queued: unknown[] = [];
  private stopped!: () => void;
  readonly ended = new Promise<void>((resolve) => (this.stopped = resolve));
  push(value: unknown): void {
    if (this.waiting) this.waiting({ done: false, value });
    else this.queued.push(value);
    this.waiting = null;
  }
  [Symbol.asyncIterator](): AsyncIterableIterator<unknown> {
    return {
      next: () => (this.queued.length > 0 ? Promise.resolve({ done: false, value: this.queued.shift() }) : new Promise((resolve) => (this.waiting = resolve))),
      return: () => {
        this.stopped();
        return Promise.resolve({ done: true, value: undefined });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

interface Running {
  url: string;
  sources: Source[];
}

const running: { http: Server; wsServer: GraphQLWsServer }[] = [];

afterEach(async () => {
  for (const { http, wsServer } of running.splice(0)) {
    await wsServer.close();
    http.close();
  }
});

/** A server on a free port; `options` override the defaults (a token 'good' is accepted, events come from `sources`). */
async function start(options: Partial<GraphQLWsOptions> = {}): Promise<Running> {
  const sources: Source[] = [];
  const http = createServer();
  const wsServer = new GraphQLWsServer({
    schema,
    parse: (source) => parse(source),
    validate: (s, document) => validate(s, document),
    subscribe: (args: ExecutionArgs) => subscribe({ ...args, rootValue: { ticks: () => sources[sources.push(new Source()) - 1] } }),
    context: () => ({}),
    onConnect: (ctx) => ctx.connectionParams?.['token'] === 'good',
    ...options,
  });
  wsServer.listen(http, '/graphql');
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  running.push({ http, wsServer });
  return { url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`, sources };
}

/** A raw socket speaking the protocol by hand: what it receives, and how it closed. */
function raw(url: string, protocol: string | string[] = GRAPHQL_TRANSPORT_WS_PROTOCOL, options: WebSocket.ClientOptions = {}) {
  const socket = new WebSocket(url, protocol, options);
  const received: unknown[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = once(socket, 'open');
  return {
    socket,
    received,
    closed,
    send: async (message: unknown) => {
      await opened;
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    /** Resolves once `count` messages have arrived. */
    async messages(count: number): Promise<unknown[]> {
      while (received.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return received.slice(0, count);
    },
  };
}

async function acknowledged(url: string) {
  const client = raw(url);
  await client.send({ type: 'connection_init', payload: { token: 'good' } });
  expect(await client.messages(1)).toEqual([{ type: 'connection_ack' }]);
  return client;
}

describe('GraphQLWsServer (graphql-ws’s protocol)', () => {
  it('serves the stock graphql-ws client: a query, and a subscription until the client lets go', async () => {
    const { url, sources } = await start();
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token: 'good' }, retryAttempts: 0 });
    try {
      const query = client.iterate<{ hello: null }>({ query: '{ hello }' });
      expect(await query.next()).toEqual({ done: false, value: { data: { hello: null } } });
      expect((await query.next()).done).toBe(true);

      const ticks = client.iterate<{ ticks: number }>({ query: 'subscription { ticks }' });
      const first = ticks.next();
      while (sources.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const source = sources[0] as Source;
      source.push({ ticks: 1 });
      expect(await first).toEqual({ done: false, value: { data: { ticks: 1 } } });
      source.push({ ticks: 2 });
      expect(await ticks.next()).toEqual({ done: false, value: { data: { ticks: 2 } } });
      await ticks.return?.();
      await source.ended;
    } finally {
      await client.dispose();
    }
  });

  it('sends one shared result to every subscriber, serialised once, each message with its own id', async () => {
    let serialisations = 0;
    const shared: ExecutionResult = { data: { ticks: { toJSON: () => ++serialisations } } };
    // Each subscription's stream yields results as they are: the same object for both here.
    const streams: Source[] = [];
    const { url } = await start({ subscribe: () => streams[streams.push(new Source()) - 1] as unknown as AsyncIterableIterator<ExecutionResult> });
    const subscribers = await Promise.all([acknowledged(url), acknowledged(url)]);
    await Promise.all(subscribers.map((s, i) => s.send({ id: `sub-${i}`, type: 'subscribe', payload: { query: 'subscription { ticks }' } })));
    while (streams.length < 2) await new Promise((resolve) => setImmediate(resolve));
    for (const stream of streams) stream.push(shared);
    const messages = await Promise.all(subscribers.map(async (s) => (await s.messages(2))[1]));
    expect(messages).toEqual([
      { id: 'sub-0', type: 'next', payload: { data: { ticks: 1 } } },
      { id: 'sub-1', type: 'next', payload: { data: { ticks: 1 } } },
    ]);
    expect(serialisations).toBe(1);
  });

  it.each([
    ['a socket without the subprotocol', 4406],
    ['a socket that never initialises', 4408],
  ])('closes %s with %s', async (_case, code) => {
    const { url } = await start({ connectionInitWaitMs: 20 });
    const client = code === 4406 ? raw(url, []) : raw(url);
    expect((await client.closed).code).toBe(code);
  });

  it.each([
    ['a second connection_init', [{ type: 'connection_init', payload: { token: 'good' } }], 4429],
    ['a subscribe before the acknowledgement', [], 4401, false],
    ['a message that is not one', ['{"type":"nonsense"}'], 4400],
    ['a second operation with an id in use', [{ id: '1', type: 'subscribe', payload: { query: 'subscription { ticks }' } }, { id: '1', type: 'subscribe', payload: { query: 'subscription { ticks }' } }], 4409],
    ['a second operation with a long id in use (longer than a close reason may be)', [{ id: 'あ'.repeat(200), type: 'subscribe', payload: { query: 'subscription { ticks }' } }, { id: 'あ'.repeat(200), type: 'subscribe', payload: { query: 'subscription { ticks }' } }], 4409],
  ])('closes the socket on %s', async (_case, messages, code, initialise = true) => {
    const { url } = await start();
    const client = initialise ? await acknowledged(url) : raw(url);
    if (!initialise) await client.send({ id: '1', type: 'subscribe', payload: { query: '{ hello }' } });
    for (const message of messages) await client.send(message);
    expect((await client.closed).code).toBe(code);
  });

  it('refuses a connection its onConnect refuses, with 4403', async () => {
    const { url } = await start();
    const client = raw(url);
    await client.send({ type: 'connection_init', payload: { token: 'bad' } });
    expect(await client.closed).toEqual({ code: 4403, reason: 'Forbidden' });
  });

  it('answers a ping with a pong carrying its payload', async () => {
    const { url } = await start();
    const client = await acknowledged(url);
    await client.send({ type: 'ping', payload: { at: 1 } });
    expect((await client.messages(2))[1]).toEqual({ type: 'pong', payload: { at: 1 } });
  });

  it('answers an invalid document with an error message, formatted by onError, and keeps the socket', async () => {
    const { url } = await start({ onError: (_ctx, _id, _payload, errors) => errors.map((error) => ({ message: `formatted: ${error.message}` })) });
    const client = await acknowledged(url);
    await client.send({ id: 'q', type: 'subscribe', payload: { query: '{ nope }' } });
    expect((await client.messages(2))[1]).toEqual({ id: 'q', type: 'error', payload: [{ message: 'formatted: Cannot query field "nope" on type "Query".' }] });
    await client.send({ id: 'q', type: 'subscribe', payload: { query: '{ hello }' } });
    expect((await client.messages(4)).slice(2)).toEqual([
      { id: 'q', type: 'next', payload: { data: { hello: null } } },
      { id: 'q', type: 'complete' },
    ]);
  });

  it('ends a subscription whose stream fails with an error message, and one the client completes or closes', async () => {
    const failing = {
      next: () => Promise.reject(new Error('stream broke')),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    const { url, sources } = await start({
      subscribe: (args) => (args.operationName === 'Failing' ? (failing as unknown as AsyncIterableIterator<ExecutionResult>) : subscribe({ ...args, rootValue: { ticks: () => sources[sources.push(new Source()) - 1] } })),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => ({ message: error instanceof GraphQLError ? error.message : 'not a GraphQLError' })),
    });
    const client = await acknowledged(url);
    await client.send({ id: 'f', type: 'subscribe', payload: { query: 'subscription Failing { ticks }', operationName: 'Failing' } });
    expect((await client.messages(2))[1]).toEqual({ id: 'f', type: 'error', payload: [{ message: 'stream broke' }] });

    await client.send({ id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks }' } });
    await client.send({ id: 'b', type: 'subscribe', payload: { query: 'subscription { ticks }' } });
    while (sources.length < 2) await new Promise((resolve) => setImmediate(resolve));
    await client.send({ id: 'a', type: 'complete' });
    await (sources[0] as Source).ended;
    client.socket.close(1000);
    await (sources[1] as Source).ended;
  });

  it('cuts a socket that does not answer its pings', async () => {
    const { url } = await start({ keepAliveMs: 20 });
    const client = raw(url, GRAPHQL_TRANSPORT_WS_PROTOCOL, { autoPong: false });
    await client.send({ type: 'connection_init', payload: { token: 'good' } });
    expect((await client.closed).code).toBe(1006);
  });

  it('closes a socket that sends a message over the limit with 1009', async () => {
    const { url } = await start({ maxPayload: 1024 });
    const client = await acknowledged(url);
    await client.send({ id: '1', type: 'subscribe', payload: { query: `{ hello ${' '.repeat(2048)} }` } });
    expect((await client.closed).code).toBe(1009);
  });

  it('answers an upgrade on another path with 404', async () => {
    const { url } = await start();
    const socket = new WebSocket(url.replace('/graphql', '/elsewhere'), GRAPHQL_TRANSPORT_WS_PROTOCOL);
    const [error] = (await once(socket, 'error')) as [Error];
    expect(error.message).toBe('Unexpected server response: 404');
  });
});
