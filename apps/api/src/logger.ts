import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { AppConfig, LogLevel } from '@renkei/config';

const SEVERITY: readonly NestLogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

// Nest reports how it wires modules, routes and resolvers at start-up: for developers of the
// framework, not for someone starting the server. Shown at `debug`.
const WIRING = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory', 'NestApplication']);

// The level names log collectors expect (pino, Cloud Logging, Loki): Nest's "log" is "info".
const LEVEL_NAMES: Readonly<Record<string, string>> = { log: 'info', verbose: 'trace' };

/** Nest's own logger: JSON lines in production (ISO times, standard level names), readable text in development. */
class RenkeiLogger extends ConsoleLogger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1) ?? this.context;
    if (typeof context === 'string' && WIRING.has(context)) this.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }

  protected override stringifyJsonLogObject(logObject: Record<string, unknown>): string {
    const { timestamp, level, ...rest } = logObject;
    const time = new Date(typeof timestamp === 'number' ? timestamp : Date.now()).toISOString();
    return super.stringifyJsonLogObject({ time, level: LEVEL_NAMES[String(level)] ?? level, ...rest });
  }
}

export function createLogger(config: AppConfig): ConsoleLogger {
  return new RenkeiLogger('Renkei', { json: config.log.json, logLevels: levelsUpTo(config.log.level), colors: !config.log.json });
}

function levelsUpTo(level: LogLevel): NestLogLevel[] {
  return [...SEVERITY.slice(0, SEVERITY.indexOf(level) + 1), 'fatal'];
}
