import type { AppConfig } from '@renkei/config';
import { pino, type Logger, type LoggerOptions } from 'pino';
import { pinoLevelOf } from './log-levels.js';
import { readableLines } from './readable-lines.js';
import { CENSOR, REDACTED_PATHS } from './redaction.js';

// ISO times and level names: what log collectors read without configuration.
const OPTIONS: LoggerOptions = {
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: [...REDACTED_PATHS], censor: CENSOR },
};

/**
 * The process's pino logger: JSON lines on stdout when `config.log.json`, readable lines
 * otherwise, at `config.log.level`, with the redaction of {@link REDACTED_PATHS}. Written
 * through `process.stdout` (synchronous for files and pipes), so a line logged just before the
 * process exits is not lost.
 */
export function createRootLogger(config: AppConfig, destination: NodeJS.WritableStream = process.stdout): Logger {
  return pino({ ...OPTIONS, level: pinoLevelOf(config.log.level) }, config.log.json ? destination : readableLines(destination));
}

// Nest's logger is process-wide (Logger.overrideLogger); the request log and the socket log
// follow the logger it was last given, so an application has one configuration of both.
let processLogger: Logger | undefined;

export function useProcessLogger(logger: Logger): void {
  processLogger = logger;
}

/** The logger of the process: the one {@link useProcessLogger} set, or pino's defaults before that. */
export function processLog(): Logger {
  processLogger ??= pino(OPTIONS);
  return processLogger;
}
