import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ENTITIES, MIGRATIONS } from '@renkei/api';
import { dataSourceOptions, Transactions } from '@renkei/database';
import { createTestDatabase, type TestDatabase } from '@renkei/testing';
import { DataSource, QueryFailedError, type Logger } from 'typeorm';

let database: TestDatabase;
let dataSource: DataSource;
let tx: Transactions;
const logged: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  dataSource = new DataSource(dataSourceOptions(database.url, ENTITIES, MIGRATIONS));
  const original = dataSource.logger;
  const recording: Logger = { ...original, logQuery: (query) => void logged.push(query), logQueryError: () => undefined, logQuerySlow: () => undefined, logSchemaBuild: () => undefined, logMigration: () => undefined, log: () => undefined };
  Object.defineProperty(dataSource, 'logger', { value: recording, configurable: true });
  await dataSource.initialize();
  await dataSource.query('CREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL)');
  tx = new Transactions(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const BY_ID = 'SELECT body FROM notes WHERE id = $1';

describe('Transactions.prepared: a hot read’s statement prepared once per connection', () => {
  it('is prepared under a name of its text, once, and answers like the plain statement', async () => {
    const id = randomUUID();
    await dataSource.query('INSERT INTO notes VALUES ($1, $2)', [id, 'first']);
    const statements = await tx.run(async () => {
      expect(await tx.prepared(BY_ID, [id])).toEqual([{ body: 'first' }]);
      expect(await tx.prepared(BY_ID, [randomUUID()])).toEqual([]);
      return tx.manager.query<{ name: string; statement: string }[]>('SELECT name, statement FROM pg_prepared_statements');
    });
    expect(statements).toEqual([{ name: expect.stringMatching(/^renkei_[0-9a-f]{32}$/), statement: BY_ID }]);
    // Logged as TypeORM logs its own statements, so that counting them still works.
    expect(logged.filter((query) => query === BY_ID)).toHaveLength(2);
  });

  it('runs in the caller’s transaction, seeing its writes and rolled back with it', async () => {
    const id = randomUUID();
    await tx
      .run(async (manager) => {
        await manager.query('INSERT INTO notes VALUES ($1, $2)', [id, 'uncommitted']);
        expect(await tx.prepared(BY_ID, [id])).toEqual([{ body: 'uncommitted' }]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await tx.prepared(BY_ID, [id])).toEqual([]);
  });

  it('fails as TypeORM’s query does, and gives its connection back to the pool', async () => {
    // More failures than the pool has connections (10): a connection kept would leave the last waiting.
    for (let i = 0; i < 12; i++) {
      const error = await tx.prepared(BY_ID, ['not-a-uuid']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
    }
    expect(await tx.prepared('SELECT count(*)::int AS n FROM notes', [])).toEqual([{ n: expect.any(Number) }]);
  });
});
