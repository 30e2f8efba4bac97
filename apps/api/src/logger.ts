import type { AppConfig } from '@renkei/config';
import { createRootLogger, PinoNestLogger, useProcessLogger } from '@renkei/observability';

/**
 * Nest's logger for the server: pino, JSON lines in production (ISO times, standard level
 * names), readable text in development; the request log writes through the same pino.
 */
export function createLogger(config: AppConfig): PinoNestLogger {
  const logger = new PinoNestLogger(createRootLogger(config));
  useProcessLogger(logger.pino);
  return logger;
}
