import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';
import { RequestScope, runInRequest } from './request-scope.js';
import { processLog } from './root-logger.js';

const scopes = new WeakMap<IncomingMessage, RequestScope>();

// Load balancers ask for health every few seconds, and a 503 from readiness (starting,
// draining) is an answer for them, not a fault: their lines are for debugging, not the day's log.
const QUIET_PATHS = /^\/health(\/|$)/;

/**
 * Express middleware: gives each request its id (the caller's `X-Request-Id` when acceptable,
 * else a new uuid, returned in the same header) and writes one line when the response is
 * done: request id, method and path (never the query string: GraphQL GET requests carry
 * variables there), status, duration, and what GraphQL learned (user, agency, operation,
 * outcome). Registered first, so the work of the request runs in its {@link RequestScope}.
 */
export function requestLogging(logger: Logger = processLog()): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const http = pinoHttp({
    logger,
    wrapSerializers: false,
    serializers: { req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }), res: (res: ServerResponse) => ({ statusCode: res.statusCode }) },
    genReqId: (req) => scopeOf(req).id,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    quietReqLogger: true,
    customLogLevel: (req, res, error) => (QUIET_PATHS.test(pathOf(req)) ? 'debug' : error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.writableEnded ? res.statusCode : 'aborted by the client'}`,
    customErrorMessage: (req, res, error) => `${req.method} ${pathOf(req)} ${res.statusCode}: ${error.message}`,
    customSuccessObject: (req, res, fields: object) => ({ ...fields, ...scopeOf(req).summary(res.statusCode) }),
    customErrorObject: (req, res, _error, fields: object) => ({ ...fields, ...scopeOf(req).summary(res.statusCode) }),
  });
  return (req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, id);
    const scope = new RequestScope(id, logger.child({ requestId: id }));
    scopes.set(req, scope);
    http(req, res, () => runInRequest(scope, next));
  };
}

function scopeOf(req: IncomingMessage): RequestScope {
  const scope = scopes.get(req);
  if (!scope) throw new Error('requestLogging: a request without a scope');
  return scope;
}

// Express rewrites `url` inside a mounted router (Apollo's sees "/"); `originalUrl` keeps the path asked for.
function pathOf(req: IncomingMessage & { originalUrl?: string }): string {
  return (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/';
}
