import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';
import { currentRequest } from './request-scope.js';

// Nest reports how it wires modules, routes and resolvers at start-up: for developers of the
// framework, not for someone starting the server. Shown at `debug`.
const WIRING = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory', 'NestApplication']);

// What Nest's Logger passes after the message: optional parameters, the context last.
interface Parts {
  message: unknown;
  context?: string;
  stack?: string;
}

/**
 * Nest's logger over pino (nestjs-pino does not support our Node and Nest versions). A line
 * written while a request is served goes through that request's logger, so it carries the
 * request id.
 */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    const parts = contextOf(message, params);
    this.write(parts.context && WIRING.has(parts.context) ? 'debug' : 'info', parts);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', stackOf(message, params));
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', contextOf(message, params));
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', contextOf(message, params));
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', contextOf(message, params));
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', stackOf(message, params));
  }

  private write(level: Level, { message, context, stack }: Parts): void {
    const logger = currentRequest()?.log ?? this.pino;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) logger[level]({ ...fields, stack: stack ?? message.stack }, message.message);
    else if (typeof message === 'object' && message !== null) logger[level]({ ...fields, ...message });
    else logger[level](fields, String(message));
  }
}

function contextOf(message: unknown, params: unknown[]): Parts {
  const last = params.at(-1);
  return typeof last === 'string' ? { message, context: last } : { message };
}

// Nest's Logger calls `error(message, stack, context)`, with `stack` undefined when not given.
function stackOf(message: unknown, params: unknown[]): Parts {
  if (params.length < 2) {
    const only = params[0];
    return typeof only === 'string' && /\n\s+at /.test(only) ? { message, stack: only } : contextOf(message, params);
  }
  const [stack, context] = params.slice(-2);
  return { message, ...(typeof context === 'string' ? { context } : {}), ...(typeof stack === 'string' ? { stack } : {}) };
}
