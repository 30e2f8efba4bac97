import 'reflect-metadata';
import type { Server } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@renkei/config';
import type { Clock } from '@renkei/kernel';
import { createValidationPipe, DomainErrorFilter } from '@renkei/graphql';
import { requestLogging } from '@renkei/observability';
import { AppModule } from './app.module.js';
import { corsOptions, securityHeaders } from './browser-security.js';
import { createLogger } from './logger.js';
import { serveWebClient } from './web-client.js';

// GraphQL operations are small; a larger body is a mistake or an attack.
const MAX_BODY = '256kb';

// How long an idle keep-alive connection stays open: longer than the idle limit of whatever
// reuses it (60 s at AWS's load balancers and nginx's upstreams; a few seconds in Node's
// fetch), so that the server is never the side that closes a connection as its peer sends
// on it. Node's default of 5 s lost such requests ("other side closed" at a client, a 502 at
// a proxy): fetch keeps a connection for 5 s less a margin, timed coarsely enough to reach
// the 5 s on a busy machine. A stop still closes idle connections at once (server.close).
const KEEP_ALIVE_MS = 65_000;

/** Builds the application for `config` (used by `main.ts` and by the end-to-end tests, which may bring a clock). */
export async function createApp(config: AppConfig, clock?: Clock): Promise<NestExpressApplication> {
  const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), applicationOptions(config)));
  serveWebClient(app, config.webClientDir);
  return app;
}

/** How Nest is to create the application: its logger, and no default body parser (ours is bounded). */
export function applicationOptions(config: AppConfig): NestApplicationOptions {
  // A start that fails throws to the caller (main exits 1 naming why) instead of Nest ending
  // the process itself, which would also end a test runner's worker with every suite in it.
  return { logger: createLogger(config), bodyParser: false, abortOnError: false };
}

/**
 * The edge every instance gets: connections kept open past a proxy's idle limit, the request log, secure headers and CORS, the bounded body parser, validation and error mapping.
 * Separate from {@link createApp} so a benchmark can build the same application from a
 * module with a provider replaced.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Longer still, so that a connection reused near its end is not cut waiting for headers.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  // First, so every request (a refused body too) has its id and its line in the log.
  app.use(requestLogging());
  app.use(securityHeaders());
  // No ETag on answers: every GraphQL answer is a POST's, never asked for conditionally, and
  // hashing each body (a case's runs to tens of kilobytes) is pure cost. The web client's
  // files keep theirs (served by sendFile and static, which tag on their own).
  app.set('etag', false);
  // Off unless CORS_ORIGINS lists origins; then a preflight is answered here, before the body parser.
  const cors = corsOptions(app.get(AppConfig).corsOrigins);
  if (cors) app.enableCors(cors);
  app.useBodyParser('json', { limit: MAX_BODY });
  app.use(answerUnreadableBodies);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  return app;
}

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
  message?: unknown;
}
interface ErrorResponse {
  headersSent: boolean;
  status(code: number): ErrorResponse;
  type(contentType: string): ErrorResponse;
  send(body: string): unknown;
}

/**
 * A body the JSON parser refuses (malformed JSON, too large, an unsupported charset) is a
 * GraphQL request the client got wrong: answer it as GraphQL answers one, with an `errors`
 * array and the contract's code, not in Nest's own error shape. Registered right after the
 * parser, so it sees the parser's errors only.
 */
function answerUnreadableBodies(error: unknown, _request: unknown, response: ErrorResponse, next: (error?: unknown) => void): void {
  const { type, status, expose, message } = (error ?? {}) as BodyParserError;
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500 || response.headersSent) return next(error);
  const text = type === 'entity.parse.failed' ? 'The request body is not valid JSON' : expose === true && typeof message === 'string' ? message : 'The request body cannot be read';
  response
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message: text, extensions: { code: 'BAD_USER_INPUT' } }] }));
}
