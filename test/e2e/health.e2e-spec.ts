import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BOOT_TIMEOUT_MS, startTestApp, withServer, type TestApp } from '@renkei/testing';

describe('GET /health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await withServer((c) => c.query(`ALTER DATABASE "${t.database.name}" ALLOW_CONNECTIONS true`));
    await t.close();
  });

  it('answers 200 with JSON while the database answers', async () => {
    const response = await fetch(`${t.httpUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('answers 503 while the database cannot be reached, and 200 again once it can', async () => {
    await withServer(async (c) => {
      await c.query(`ALTER DATABASE "${t.database.name}" ALLOW_CONNECTIONS false`);
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [t.database.name]);
    });
    const down = await fetch(`${t.httpUrl}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });

    await withServer((c) => c.query(`ALTER DATABASE "${t.database.name}" ALLOW_CONNECTIONS true`));
    expect((await fetch(`${t.httpUrl}/health`)).status).toBe(200);
  });
});
