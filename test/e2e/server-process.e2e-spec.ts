import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { freePort, GraphQLHttpClient, Operations, runServer, SERVER_MAIN } from '@renkei/testing';

describe('the server process (npm start)', () => {
  const dataRoot = mkdtempSync(join(tmpdir(), 'renkei-embedded-'));
  // Run as root, PostgreSQL runs as `postgres`, which must be able to enter the directory.
  chmodSync(dataRoot, 0o755);
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('is built (npm test builds it first)', () => {
    expect(existsSync(SERVER_MAIN)).toBe(true);
  });

  it('with no DATABASE_URL runs an embedded PostgreSQL with demo data, keeps it between runs and stops it cleanly on SIGTERM', async () => {
    const [port, dbPort] = [await freePort(), await freePort()];
    const env = { PORT: String(port), EMBEDDED_DB_DIR: join(dataRoot, 'postgres'), EMBEDDED_DB_PORT: String(dbPort) };

    for (const round of [1, 2]) {
      const server = runServer(env);
      await server.healthy();
      const client = new GraphQLHttpClient(`${server.url}/graphql`);
      const { login } = await client.data<{ login: { user: { roles: string[] } } }>(Operations.LOGIN, { email: 'coordinator@sakura.example', password: DEMO_PASSWORD });
      expect(login.user.roles).toEqual(['COORDINATOR']);
      if (round === 2) expect(server.output()).not.toContain('Seeded demo data');

      // 143 = 128 + SIGTERM: the conventional status of a process that ended on that signal.
      expect([0, 143]).toContain(await server.stop());
      // PostgreSQL removes its pid file only on a clean shutdown.
      expect(existsSync(join(dataRoot, 'postgres', 'postmaster.pid'))).toBe(false);
    }
  }, 120_000);

  it('stops at once with a message naming a bad variable', async () => {
    const server = runServer({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT');
    expect(server.output()).toContain('DATABASE_URL');
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});
