import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { DrainState, MIGRATIONS } from '@renkei/api';
import {
  connectWs,
  createTestDatabase,
  eventually,
  freePort,
  GraphQLHttpClient,
  Operations,
  runServer,
  SERVER_MAIN,
  startTestApp,
  TEST_ADMIN,
  TEST_JWT_SECRET,
  type ServerProcess,
  type TestDatabase,
  withServer,
  WORKSPACE_ROOT,
} from '@renkei/testing';
import pg from 'pg';

const MIGRATE_MAIN = join(dirname(SERVER_MAIN), 'migrate.js');
const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);

/** `node dist/apps/api/src/migrate.js <command>`, as `npm run migrate:<command>` runs it. */
function migrate(command: 'show' | 'run' | 'revert', databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [MIGRATE_MAIN, command], { cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

/**
 * A graphql-ws client upgraded and accepted by hand that then goes silent: it answers no frame,
 * not even a close, so only the end of the grace cuts it. It notes the kinds of frame it got
 * (their opcodes); `ended` resolves when its socket is closed under it.
 */
async function silentWebSocket(port: number, token: string): Promise<{ ended: Promise<void>; opcodes: number[] }> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const opcodes: number[] = [];
  let handshake = '';
  let frames = Buffer.alloc(0);
  let acknowledged = () => undefined as void;
  const ack = new Promise<void>((resolve) => (acknowledged = resolve));
  socket.on('data', (data: Buffer) => {
    if (!handshake.includes('\r\n\r\n')) {
      handshake += data.toString('latin1');
      const end = handshake.indexOf('\r\n\r\n');
      if (end < 0) return;
      expect(handshake).toMatch(/^HTTP\/1\.1 101 /);
      data = Buffer.from(handshake.slice(end + 4), 'latin1');
    }
    frames = Buffer.concat([frames, data]);
    // A server's frames are unmasked; the ones here are short (no 64-bit lengths).
    while (frames.length >= 2) {
      const short = (frames[1] as number) & 0x7f;
      const [start, length] = short === 126 ? [4, frames.length >= 4 ? frames.readUInt16BE(2) : Infinity] : [2, short];
      if (frames.length < start + length) return;
      opcodes.push((frames[0] as number) & 0x0f);
      if (frames.subarray(start, start + length).toString().includes('connection_ack')) acknowledged();
      frames = frames.subarray(start + length);
    }
  });
  const key = randomBytes(16).toString('base64');
  socket.write(['GET /graphql HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Key: ${key}`, 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Protocol: graphql-transport-ws', '', ''].join('\r\n'));
  socket.write(maskedTextFrame(JSON.stringify({ type: 'connection_init', payload: { authToken: token } })));
  await ack;
  return { ended, opcodes };
}

/** A client's text frame: masked, as the protocol requires of a client. */
function maskedTextFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = randomBytes(4);
  const length = payload.length < 126 ? Buffer.from([0x80 | payload.length]) : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([Buffer.from([0x81]), length, mask, payload.map((byte, i) => byte ^ (mask[i % 4] as number))]);
}

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A transaction of the test's own holding the users table, so that a sign-in waits until `release`. */
async function holdUsersTable(database: TestDatabase): Promise<{ waiting: () => Promise<boolean>; release: () => Promise<void> }> {
  const holder = new pg.Client({ connectionString: database.url });
  // A failed test drops the database under it: that ends the test, not the run.
  holder.on('error', () => undefined);
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
  return {
    waiting: () =>
      withServer(async (client) => {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [database.name]);
        return (rows[0]?.n ?? 0) > 0;
      }),
    release: async () => {
      await holder.query('COMMIT');
      await holder.end();
    },
  };
}

describe('the server lifecycle: health, graceful stop, migrations as commands', () => {
  let database: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await server?.exited;
    await database?.drop();
    server = database = undefined;
  });

  async function start(env: Record<string, string> = {}): Promise<{ server: ServerProcess; port: number; database: TestDatabase }> {
    database ??= await createTestDatabase();
    const port = await freePort();
    server = runServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
      ...env,
    });
    return { server, port, database };
  }

  it('answers /health/live and /health/ready; on SIGTERM lets the request in flight finish, closes WebSockets with 1001, stops its parts and exits 0', async () => {
    const { server, port, database } = await start({ SHUTDOWN_GRACE_SECONDS: '120' });
    await server.healthy();

    expect(await get(`${server.url}/health/live`)).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get(`${server.url}/health/ready`)).toMatchObject({
      status: 200,
      body: { status: 'ok', info: { server: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' } } },
    });

    const http = new GraphQLHttpClient(`${server.url}/graphql`);
    const { login } = await http.data<{ login: { token: string } }>(Operations.LOGIN, TEST_ADMIN);
    const socket = connectWs(`ws://127.0.0.1:${port}/graphql`, login.token);
    await socket.connected;

    const users = await holdUsersTable(database);
    const inFlight = fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: Operations.LOGIN, variables: TEST_ADMIN }) });
    await eventually('the sign-in waits for the users table', users.waiting);

    server.child.kill('SIGTERM');
    await eventually('the server drains', () => server.output().includes('No longer accepting connections'));
    expect(server.output()).toContain('1 request(s) in flight, 1 WebSocket(s) open');
    await users.release();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { login: { token: string } } }).data.login.token).toEqual(expect.any(String));
    expect(await socket.closedWith).toEqual({ code: 1001, reason: expect.stringMatching(/\w/) });
    expect(await server.exited).toBe(0);
    for (const step of ['No request in flight', 'Outbox relay stopped', 'Reminder scheduler stopped', 'database connections closed']) expect(server.output()).toContain(step);
    expect(server.output()).not.toContain('Grace over');
  }, 120_000);

  it('cuts what is still open when the grace is over, a WebSocket that never answers the close too, and still exits 0', async () => {
    const { server, port, database } = await start({ SHUTDOWN_GRACE_SECONDS: '1' });
    await server.healthy();
    const { login } = await new GraphQLHttpClient(`${server.url}/graphql`).data<{ login: { token: string } }>(Operations.LOGIN, TEST_ADMIN);
    const silent = await silentWebSocket(port, login.token);
    const users = await holdUsersTable(database);
    const inFlight = fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: Operations.LOGIN, variables: TEST_ADMIN }) }).then(
      (response) => response.status,
      (error: { message?: string }) => error.message,
    );
    await eventually('the sign-in waits for the users table', users.waiting);

    server.child.kill('SIGTERM');
    expect(await inFlight).toBe('fetch failed');
    expect(server.output()).toContain('Grace over: closing 1 request(s) and 1 WebSocket(s) still open');
    // Cut when the grace was over: not sent a 1001 close (opcode 8) it would never answer, to be
    // cut only by ws's own timeout 30 s later.
    await silent.ended;
    expect(silent.opcodes).not.toContain(0x8);
    // The query it had started still holds a pooled connection: the pool closes once it ends.
    await users.release();
    expect(await server.exited).toBe(0);
  }, 120_000);

  it('answers 503 on /health/ready (and /health) while draining, 200 on /health/live', async () => {
    const t = await startTestApp();
    try {
      t.app.get(DrainState).draining = true;
      expect(await get(`${t.httpUrl}/health/ready`)).toMatchObject({ status: 503, body: { error: { server: { status: 'down', message: expect.stringContaining('draining') } } } });
      expect((await fetch(`${t.httpUrl}/health`)).status).toBe(503);
      expect((await fetch(`${t.httpUrl}/health/live`)).status).toBe(200);
    } finally {
      t.app.get(DrainState).draining = false;
      await t.close();
    }
  }, 120_000);

  it('shows, runs and reverts migrations on a fresh database; with MIGRATIONS_RUN=false the server is live but not ready until they are run', async () => {
    database = await createTestDatabase({ migrated: false });
    const last = MIGRATION_NAMES.at(-1) ?? '';

    const fresh = await migrate('show', database.url);
    expect(fresh.code).toBe(0);
    expect(fresh.output).toContain(`Applied (0):`);
    expect(fresh.output).toContain(`Pending (${MIGRATION_NAMES.length}):\n${MIGRATION_NAMES.map((name) => `  ${name}`).join('\n')}`);

    const run = await migrate('run', database.url);
    expect(run.code).toBe(0);
    expect(run.output).toContain(`Applied ${MIGRATION_NAMES.length} migration(s)`);
    expect((await migrate('show', database.url)).output).toContain(`Applied (${MIGRATION_NAMES.length}):`);
    expect((await migrate('run', database.url)).output).toContain('No migration pending');

    const reverted = await migrate('revert', database.url);
    expect(reverted.code).toBe(0);
    expect(reverted.output).toContain(`Reverted ${last}`);
    expect((await migrate('show', database.url)).output).toContain(`Pending (1):\n  ${last}`);

    const { server } = await start({ MIGRATIONS_RUN: 'false' });
    await server.healthy(60_000, '/health/live');
    expect(server.output()).toContain('MIGRATIONS_RUN=false');
    expect(await get(`${server.url}/health/ready`)).toMatchObject({ status: 503, body: { error: { migrations: { status: 'down', pending: [last] } } } });
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);

    expect((await migrate('run', database.url)).output).toContain(`Applied 1 migration(s):\n  ${last}`);
    expect((await get(`${server.url}/health/ready`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  }, 180_000);
});
