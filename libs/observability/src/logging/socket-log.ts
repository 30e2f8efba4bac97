import type { IncomingMessage } from 'node:http';
import { requestIdFrom } from './request-id.js';
import { RequestScope, runInRequest } from './request-scope.js';
import { processLog } from './root-logger.js';

/** What graphql-ws keeps per connection (its `extra`), as far as the log needs it. */
export interface SocketExtra {
  // Null once the connection let it go (after its opening line).
  readonly request: IncomingMessage | null;
  readonly userId?: string;
}

// The id, not a scope: that is made when a line is written, most connections writing none
// between their first and their last.
const connections = new WeakMap<SocketExtra, { id: string; openedAt: number }>();

const scopeOf = (id: string) => new RequestScope(id, processLog());

/**
 * Lines for GraphQL over WebSocket: one when a connection is accepted or refused, one when it
 * closes, with the user and an id like a request's (the upgrade request's `X-Request-Id` when
 * acceptable). Errors of its operations are logged and answered with that id.
 */
export const socketLog = {
  opened(extra: SocketExtra, accepted: boolean): boolean {
    const id = requestIdFrom(extra.request?.headers['x-request-id']);
    const scope = scopeOf(id);
    if (!accepted) {
      scope.log.info({ outcome: 'UNAUTHENTICATED' }, 'WebSocket connection refused');
      return false;
    }
    connections.set(extra, { id, openedAt: Date.now() });
    scope.log.info({ ...(extra.userId ? { userId: extra.userId } : {}), outcome: 'ok' }, 'WebSocket connection opened');
    return true;
  },

  closed(extra: SocketExtra, code: number): void {
    const connection = connections.get(extra);
    if (!connection) return;
    connections.delete(extra);
    const user = extra.userId ? { userId: extra.userId } : {};
    scopeOf(connection.id).log.info({ ...user, closeCode: code, durationMs: Date.now() - connection.openedAt }, 'WebSocket connection closed');
  },

  /** Runs `work` (formatting an operation's errors) as part of the connection, so its lines carry the id. */
  within<T>(extra: SocketExtra, work: (requestId: string | undefined) => T): T {
    const connection = connections.get(extra);
    return connection ? runInRequest(scopeOf(connection.id), () => work(connection.id)) : work(undefined);
  },
};
