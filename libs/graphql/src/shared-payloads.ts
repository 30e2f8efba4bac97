import type { ServerOptions } from 'graphql-ws';

/** A ws socket, as graphql-ws sends on it: the text, then the callback (ws's options are optional). */
interface SendingSocket {
  send(data: unknown, options?: unknown, callback?: unknown): void;
}

// What the replacer puts in place of a `next` message it has written itself. A message is an
// object, serialised as `{...}`: never this string.
const WRITTEN = '\u0000renkei:written-next';
const WRITTEN_JSON = JSON.stringify(WRITTEN);

/**
 * graphql-ws serialises every message it sends: a fan-out of one shared result (see
 * sharedExecutionSubscribe) to thousands of subscribers would serialise the same payload
 * thousands of times. With these, the payload of a `next` message is serialised once per
 * result object and set into each subscriber's message, byte for byte what graphql-ws would
 * send: `{"id":…,"type":"next","payload":…}`. The payload must reach graphql-ws as the result
 * object itself (onNext returning it), not a copy of its own.
 *
 * JSON.stringify cannot take text already serialised: the replacer writes the message, hands
 * JSON.stringify a mark instead, and the socket's `send` (wrapped by `serveSocket`) swaps the
 * mark for the message written. graphql-ws sends each message the moment it is stringified
 * (`socket.send(stringifyMessage(...))`), so the message written is always the one being sent.
 */
export function sharedPayloads(): { jsonMessageReplacer: NonNullable<ServerOptions['jsonMessageReplacer']>; serveSocket(socket: SendingSocket): void } {
  const serialised = new WeakMap<object, string>();
  let written: string | null = null;

  const payloadJson = (payload: object): string => {
    let json = serialised.get(payload);
    if (json === undefined) serialised.set(payload, (json = JSON.stringify(payload)));
    return json;
  };

  return {
    jsonMessageReplacer(key, value) {
      if (key !== '' || !isNextMessage(value)) return value;
      written = `{"id":${JSON.stringify(value.id)},"type":"next","payload":${payloadJson(value.payload)}}`;
      return WRITTEN;
    },
    serveSocket(socket) {
      const send = socket.send.bind(socket);
      socket.send = (data, options, callback) => {
        if (data !== WRITTEN_JSON) return send(data, options, callback);
        const message = written;
        written = null;
        // Never the mark on the wire: only if graphql-ws stopped sending as it stringifies.
        if (message === null) throw new Error('A next message was sent that its replacer did not write');
        return send(message, options, callback);
      };
    },
  };
}

function isNextMessage(value: unknown): value is { id: string; type: 'next'; payload: object } {
  const message = value as { id?: unknown; type?: unknown; payload?: unknown } | null;
  return typeof message === 'object' && message !== null && message.type === 'next' && typeof message.id === 'string' && typeof message.payload === 'object' && message.payload !== null;
}
