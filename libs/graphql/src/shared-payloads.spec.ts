import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { makeServer } from 'graphql-ws';
import { sharedPayloads } from './shared-payloads.js';

/** A socket as ws gives graphql-ws, recording what goes on the wire. */
function wire() {
  const sent: unknown[] = [];
  const socket = {
    send(data: unknown, options?: unknown, callback?: unknown) {
      sent.push(data);
      if (typeof options === 'function') options();
      else if (typeof callback === 'function') callback();
    },
  };
  return { sent, socket };
}

describe('sharedPayloads', () => {
  it('sends a next message byte for byte as JSON.stringify writes it, and other messages as they are', () => {
    const { jsonMessageReplacer, serveSocket } = sharedPayloads();
    const { sent, socket } = wire();
    serveSocket(socket);
    const messages = [
      { id: 'a"b', type: 'next', payload: { data: { event: { id: '7', title: '山田 "太郎"', at: null, tags: ['x'] } } } },
      { type: 'connection_ack' },
      { id: '1', type: 'error', payload: [{ message: 'no' }] },
      { id: '1', type: 'complete' },
    ];
    for (const message of messages) socket.send(JSON.stringify(message, jsonMessageReplacer), () => undefined);
    expect(sent).toEqual(messages.map((message) => JSON.stringify(message)));
  });

  it('serialises a result once for all the messages that carry it', () => {
    const { jsonMessageReplacer, serveSocket } = sharedPayloads();
    const { sent, socket } = wire();
    serveSocket(socket);
    const result = { data: { n: 1 } };
    socket.send(JSON.stringify({ id: '1', type: 'next', payload: result }, jsonMessageReplacer));
    // Results are never changed once sent; changed here, to show the serialisation is not done again.
    result.data.n = 2;
    socket.send(JSON.stringify({ id: '2', type: 'next', payload: result }, jsonMessageReplacer));
    expect(sent).toEqual(['{"id":"1","type":"next","payload":{"data":{"n":1}}}', '{"id":"2","type":"next","payload":{"data":{"n":1}}}']);
  });

  // The mark is swapped as the message is sent: graphql-ws must send each message as it stringifies it.
  it('gives the subscribers of graphql-ws the messages it would send without it', async () => {
    const schema = buildSchema('type Query { ok: Boolean } type Subscription { count: Int }');
    const shared = { data: { count: 1 } };
    const run = async (options: Partial<Parameters<typeof makeServer>[0]>, serve: (socket: ReturnType<typeof wire>['socket']) => void) => {
      const { sent, socket } = wire();
      serve(socket);
      let onMessage: (data: string) => Promise<void> = async () => undefined;
      const server = makeServer({
        schema,
        // No timer left behind: the test sends connection_init at once.
        connectionInitWaitTimeout: 0,
        subscribe: async () =>
          (async function* () {
            yield shared;
            yield shared;
          })(),
        onNext: (_ctx, _id, _payload, _args, result) => result as typeof shared,
        ...options,
      });
      server.opened({ protocol: 'graphql-transport-ws', send: (data) => socket.send(data), close: () => undefined, onMessage: (cb) => (onMessage = cb) }, {});
      await onMessage(JSON.stringify({ type: 'connection_init' }));
      await onMessage(JSON.stringify({ id: 's1', type: 'subscribe', payload: { query: 'subscription { count }' } }));
      return sent;
    };
    const plain = await run({}, () => undefined);
    const { jsonMessageReplacer, serveSocket } = sharedPayloads();
    const withShared = await run({ jsonMessageReplacer }, serveSocket);
    expect(withShared).toEqual(plain);
    expect(plain).toContain('{"id":"s1","type":"next","payload":{"data":{"count":1}}}');
  });
});
