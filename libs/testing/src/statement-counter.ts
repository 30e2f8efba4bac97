import { OutboxRelay } from '@renkei/graphql';
import type { Logger, QueryRunner } from 'typeorm';
import type { TestApp } from './test-app.js';

/**
 * Counts the SQL statements the application sends while `work` runs, by wrapping the
 * DataSource's logger (TypeORM hands it every statement, whatever the logging settings).
 * The outbox relay, which polls every second, is paused meanwhile, so only the work's own
 * statements are counted (events committed meanwhile are relayed when it resumes).
 */
export async function countStatements(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const { dataSource } = app;
  const relay = app.app.get(OutboxRelay);
  await relay.stop();
  const statements: string[] = [];
  const original = dataSource.logger;
  const counting: Logger = {
    logQuery: (query: string, parameters?: unknown[], runner?: QueryRunner) => {
      statements.push(query);
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    await work();
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: original, configurable: true, writable: true });
    await relay.start();
  }
  return statements;
}
