import type { IncomingMessage } from 'node:http';
import { requestIdFrom } from './request-id.js';
import { RequestScope, runInRequest } from './request-scope.js';
import { processLog } from './root-logger.js';

/**
 * What graphql-ws keeps per connection (its `extra`), as far as the log needs it; the log
 * keeps its id and opening time there too, not in a map of its own beside each connection.
 */
export interface SocketExtra {
  // Null once the connection let it go (after its opening line).
  readonly request: IncomingMessage | null;
  readonly userId?: string;
  // The id, not a scope: that is made when a line is written, most connections writing none
  // between their first and their last. Set once the connection is accepted.
  logId?: string;
  openedAt?: number;
}

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
    extra.logId = id;
    extra.openedAt = Date.now();
    scope.log.info({ ...(extra.userId ? { userId: extra.userId } : {}), outcome: 'ok' }, 'WebSocket connection opened');
    return true;
  },

  closed(extra: SocketExtra, code: number): void {
    const { logId, openedAt } = extra;
    if (logId === undefined || openedAt === undefined) return;
    extra.logId = undefined;
    const user = extra.userId ? { userId: extra.userId } : {};
    scopeOf(logId).log.info({ ...user, closeCode: code, durationMs: Date.now() - openedAt }, 'WebSocket connection closed');
  },

  /** Runs `work` (formatting an operation's errors) as part of the connection, so its lines carry the id. */
  within<T>(extra: SocketExtra, work: (requestId: string | undefined) => T): T {
    const { logId } = extra;
    return logId === undefined ? work(undefined) : runInRequest(scopeOf(logId), () => work(logId));
  },
};
