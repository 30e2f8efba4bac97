import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { AppConfig, LogLevel } from '@renkei/config';

const SEVERITY: readonly NestLogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's own logger: JSON lines in production, readable text in development. */
export function createLogger(config: AppConfig): ConsoleLogger {
  return new ConsoleLogger('Renkei', { json: config.log.json, logLevels: levelsUpTo(config.log.level), colors: !config.log.json });
}

function levelsUpTo(level: LogLevel): NestLogLevel[] {
  return [...SEVERITY.slice(0, SEVERITY.indexOf(level) + 1), 'fatal'];
}
