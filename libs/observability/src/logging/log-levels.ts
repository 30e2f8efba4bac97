import type { LogLevel } from '@renkei/config';
import type { Level } from 'pino';

// LOG_LEVEL keeps Nest's names (documented in the README); pino's are the ones log collectors
// expect (Cloud Logging, Loki): Nest's "log" is "info", its "verbose" is "trace".
const PINO_LEVELS: Readonly<Record<LogLevel, Level>> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

export function pinoLevelOf(level: LogLevel): Level {
  return PINO_LEVELS[level];
}
