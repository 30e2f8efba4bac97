import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { createTestDatabase, freePort, GraphQLHttpClient, Operations, runServer, SERVER_MAIN } from '@renkei/testing';

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

  it('after being killed (SIGKILL), the next start stops the embedded PostgreSQL it left running and comes up', async () => {
    const [port, dbPort] = [await freePort(), await freePort()];
    const env = { PORT: String(port), EMBEDDED_DB_DIR: join(dataRoot, 'killed'), EMBEDDED_DB_PORT: String(dbPort) };
    const killed = runServer(env);
    await killed.healthy();
    killed.child.kill('SIGKILL');
    await killed.exited;
    // The orphan still holds the data directory.
    expect(existsSync(join(dataRoot, 'killed', 'postmaster.pid'))).toBe(true);

    const next = runServer(env);
    await next.healthy();
    expect(next.output()).toContain('left running');
    expect([0, 143]).toContain(await next.stop());
    expect(existsSync(join(dataRoot, 'killed', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('with its HTTP port taken, fails before starting anything, naming PORT', async () => {
    const blocker = createServer().listen(0);
    await once(blocker, 'listening');
    const { port } = blocker.address() as AddressInfo;
    try {
      const server = runServer({ PORT: String(port), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`PORT ${port} is in use`);
      expect(server.output()).not.toContain('GraphQL on');
    } finally {
      blocker.close();
    }
  });

  it('--help prints how to run it, and starts nothing', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--help'], { env: { PATH: process.env['PATH'] ?? '' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(output).toContain('Usage: npm start');
    expect(output).toContain('DATABASE_URL');
  });

  it('in production logs JSON lines with ISO times and standard level names, without the framework’s wiring', async () => {
    const database = await createTestDatabase();
    const server = runServer({ PORT: String(await freePort()), NODE_ENV: 'production', DATABASE_URL: database.url, JWT_SECRET: 'a-production-secret-that-is-long-enough-1234' });
    try {
      await server.healthy();
    } finally {
      await server.stop();
      await database.drop();
    }
    const lines = server.output().trim().split('\n').map((line) => JSON.parse(line) as { time: string; level: string; context?: string });
    // The stop logs each of its steps; the start is what must stay short.
    const stopping = lines.findIndex((line) => line.context === 'Shutdown');
    expect(stopping).toBeGreaterThan(0);
    expect(stopping).toBeLessThan(8);
    for (const line of lines) expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lines.map((l) => l.level)).toContain('info');
    expect(lines.map((l) => l.context)).not.toContain('InstanceLoader');
  }, 60_000);
});
