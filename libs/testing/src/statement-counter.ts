import { AuditSequencer } from '@renkei/audit';
import { OutboxRelay } from '@renkei/graphql';
import type { Logger, QueryRunner } from 'typeorm';
import type { TestApp } from './test-app.js';

/**
 * Counts the SQL statements the application sends while `work` runs. The outbox relay and
 * the audit sequencer, which work on their intervals, are paused meanwhile, so only the
 * work's own statements are counted (what was committed meanwhile is relayed and linked when
 * they resume).
 */
export async function countStatements(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const relay = app.app.get(OutboxRelay);
  const sequencer = app.app.get(AuditSequencer);
  await relay.stop();
  await sequencer.stop();
  try {
    return await recordStatements(app, work);
  } finally {
    await relay.start();
    sequencer.start();
  }
}

/**
 * Every SQL statement the application sends while `work` runs, its background workers'
 * too, by wrapping the DataSource's logger (TypeORM hands it every statement, whatever the
 * logging settings).
 */
export async function recordStatements(app: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const { dataSource } = app;
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
  }
  return statements;
}
