import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level, Logger } from 'pino';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';
import { RequestScope, runInRequest } from './request-scope.js';
import { processLog } from './root-logger.js';

// Load balancers ask for health every few seconds, and a 503 from readiness (starting,
// draining) is an answer for them, not a fault: their lines are for debugging, not the day's log.
const QUIET_PATHS = /^\/health(\/|$)/;

/**
 * Express middleware: gives each request its id (the caller's `X-Request-Id` when acceptable,
 * else a new uuid, returned in the same header) and writes one line when the response is
 * done: request id, method and path (never the query string: GraphQL GET requests carry
 * variables there), status, duration, and what GraphQL learned (user, agency, operation,
 * outcome). Registered first, so the work of the request runs in its {@link RequestScope}.
 *
 * Our own rather than pino-http's: that made three child loggers per request and built the
 * line's fields even when its level was off, a few percent of a hot read's CPU. Here nothing
 * is made for the line unless its level is on, and the request's child logger only when a
 * line is written.
 */
export function requestLogging(logger: Logger = processLog()): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const startedAt = Date.now();
    const id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, id);
    const scope = new RequestScope(id, logger);
    // `close` follows `finish`, and comes alone when the client goes first. `error` (a write
    // after the end) is listened to so that it is logged rather than thrown by the emitter.
    const done = (error?: Error) => {
      res.off('close', done).off('error', done);
      writeLine(logger, scope, req, res, Date.now() - startedAt, error);
    };
    res.on('close', done).on('error', done);
    runInRequest(scope, next);
  };
}

function writeLine(logger: Logger, scope: RequestScope, req: IncomingMessage, res: ServerResponse, durationMs: number, error: Error | undefined): void {
  const path = pathOf(req);
  const level: Level = QUIET_PATHS.test(path) ? 'debug' : error || res.statusCode >= 500 ? 'error' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const fields = { req: { method: req.method, path }, res: { statusCode: res.statusCode }, durationMs, ...scope.summary(res.statusCode) };
  const status = res.writableFinished ? res.statusCode : 'aborted by the client';
  if (error) scope.log[level]({ ...fields, err: error }, `${req.method} ${path} ${status}: ${error.message}`);
  else scope.log[level](fields, `${req.method} ${path} ${status}`);
}

// Express rewrites `url` inside a mounted router (Apollo's sees "/"); `originalUrl` keeps the path asked for.
function pathOf(req: IncomingMessage & { originalUrl?: string }): string {
  return (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/';
}
