import { Writable } from 'node:stream';
import { AppConfig } from '@renkei/config';
import type { Logger } from 'pino';
import { createRootLogger } from './root-logger.js';

/** For specs: a root logger as the server builds it, writing into memory. */
export function capturedLog(env: Readonly<Record<string, string>> = {}): { logger: Logger; text: () => string; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const out = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString()), done()) });
  const logger = createRootLogger(AppConfig.fromEnvironment({ LOG_JSON: 'true', LOG_LEVEL: 'debug', ...env }), out);
  const text = () => chunks.join('');
  return { logger, text, lines: () => text().trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}
