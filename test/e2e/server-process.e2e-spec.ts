import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { GraphQLHttpClient, Operations } from '@renkei/testing';

// The server as `npm start` runs it: the built output, in its own process.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  // Only what the test names: no DATABASE_URL from the developer's shell.
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(url: string, run: Run, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`Server exited: ${run.output()}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No healthy server after ${timeoutMs} ms: ${run.output()}`);
}

describe('the server process (npm start)', () => {
  const dataRoot = mkdtempSync(join(tmpdir(), 'renkei-embedded-'));
  // Run as root, PostgreSQL runs as `postgres`, which must be able to enter the directory.
  chmodSync(dataRoot, 0o755);
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('is built (npm test builds it first)', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  it('with no DATABASE_URL runs an embedded PostgreSQL with demo data, keeps it between runs and stops it cleanly on SIGTERM', async () => {
    const [port, dbPort] = [await freePort(), await freePort()];
    const env = { PORT: String(port), EMBEDDED_DB_DIR: join(dataRoot, 'postgres'), EMBEDDED_DB_PORT: String(dbPort) };
    const url = `http://127.0.0.1:${port}`;

    for (const round of [1, 2]) {
      const server = run(env);
      await waitForHealth(url, server, 60_000);
      const client = new GraphQLHttpClient(`${url}/graphql`);
      const { login } = await client.data<{ login: { user: { roles: string[] } } }>(Operations.LOGIN, { email: 'coordinator@sakura.example', password: DEMO_PASSWORD });
      expect(login.user.roles).toEqual(['COORDINATOR']);
      if (round === 2) expect(server.output()).not.toContain('Seeded demo data');

      server.child.kill('SIGTERM');
      // 143 = 128 + SIGTERM: the conventional status of a process that ended on that signal.
      expect([0, 143]).toContain(await server.exited);
      // PostgreSQL removes its pid file only on a clean shutdown.
      expect(existsSync(join(dataRoot, 'postgres', 'postmaster.pid'))).toBe(false);
    }
  }, 120_000);

  it('stops at once with a message naming a bad variable', async () => {
    const server = run({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT');
    expect(server.output()).toContain('DATABASE_URL');
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});
