import { afterEach, describe, expect, it } from '@jest/globals';
import { createApp, DEMO_PASSWORD, DEMO_USERS } from '@renkei/api';
import { AppConfig } from '@renkei/config';
import { createTestDatabase, TEST_JWT_SECRET, type TestDatabase } from '@renkei/testing';
import { DataSource } from 'typeorm';

async function boot(database: TestDatabase, env: Record<string, string>): Promise<{ count: (table: string) => Promise<number>; close: () => Promise<void> }> {
  const app = await createApp(AppConfig.fromEnvironment({ NODE_ENV: 'test', DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'error', ...env }));
  await app.init();
  const dataSource = app.get(DataSource);
  return {
    count: async (table) => Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]?.n),
    close: () => app.close(),
  };
}

describe('start-up provisioning', () => {
  let database: TestDatabase;
  afterEach(() => database.drop());

  // Each test boots the server two or three times on a fresh database (migrations, and the
  // demo story told through the API): minutes, not seconds, on a busy 2-core machine.
  const BOOTS = 180_000;

  it('creates the bootstrap administrator only while no user exists', async () => {
    database = await createTestDatabase();
    const first = await boot(database, { BOOTSTRAP_ADMIN_EMAIL: 'first@test.example', BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password' });
    expect(await first.count('users')).toBe(1);
    expect(await first.count('municipalities')).toBe(1);
    await first.close();

    const second = await boot(database, { BOOTSTRAP_ADMIN_EMAIL: 'second@test.example', BOOTSTRAP_ADMIN_PASSWORD: 'second-admin-password' });
    expect(await second.count('users')).toBe(1);
    await second.close();
  }, BOOTS);

  it('seeds the demo municipality once, however often the server starts (also two at once)', async () => {
    database = await createTestDatabase();
    const [a, b] = await Promise.all([boot(database, { DEMO_DATA: 'true' }), boot(database, { DEMO_DATA: 'true' })]);
    await Promise.all([a.close(), b.close()]);
    const again = await boot(database, { DEMO_DATA: 'true' });
    expect(await again.count('municipalities')).toBe(1);
    expect(await again.count('agencies')).toBe(11);
    expect(await again.count('users')).toBe(DEMO_USERS.length);
    await again.close();
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  }, BOOTS);

  it('starts on an empty database with nothing to provision', async () => {
    database = await createTestDatabase();
    const app = await boot(database, {});
    expect(await app.count('users')).toBe(0);
    await app.close();
  }, BOOTS);
});
