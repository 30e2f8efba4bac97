import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import {
  CaseFixtures,
  connectWs,
  createTestDatabase,
  Fixtures,
  freePort,
  GraphQLHttpClient,
  Operations,
  runServer,
  TEST_ADMIN,
  testServerEnvironment,
  type ServerProcess,
  type Staff,
  type TestDatabase,
} from '@renkei/testing';

type LogLine = Record<string, unknown>;

/**
 * The log as an operator ships it: the built server's stdout with LOG_JSON=true. One line per
 * request says who did what with which outcome, under the id the client was given; what a
 * sign-in and a summary carry (the password, the token, the summary's text) never appears.
 */
describe('structured logs of the server process', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let stdout = '';
  let http: GraphQLHttpClient;
  let coordinator: Staff;
  const summaryText = `要配慮の記録 ${randomBytes(8).toString('hex')}`;
  const lines = (): LogLine[] => stdout.trim().split('\n').map((line) => JSON.parse(line) as LogLine);

  /** The first line `predicate` accepts, already written or when it is. */
  const logged = (predicate: (line: LogLine) => boolean): Promise<LogLine> =>
    new Promise((resolve) => {
      const check = () => {
        const line = stdout.split('\n').filter((text) => text.startsWith('{')).map((text) => JSON.parse(text) as LogLine).find(predicate);
        if (!line) return;
        server.child.stdout?.off('data', check);
        resolve(line);
      };
      server.child.stdout?.on('data', check);
      check();
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    server = runServer({
      PORT: String(await freePort()),
      ...testServerEnvironment(database.url),
      LOG_JSON: 'true',
    });
    server.child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await server.healthy();
    http = new GraphQLHttpClient(`${server.url}/graphql`);
    const login = async (email: string, password: string) => (await http.data<{ login: { token: string } }>(Operations.LOGIN, { email, password })).login.token;
    coordinator = await new Fixtures({ http, login }).staff([Role.COORDINATOR], { sector: Sector.WELFARE });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('writes one line per request: its id (also in X-Request-Id), user, agency, operation, duration and outcome', async () => {
    const caseId = await new CaseFixtures({ http }).openCase(coordinator.token);
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
      body: JSON.stringify({ query: Operations.UPSERT_SUMMARY, variables: { caseId, sections: [{ category: DataCategory.BASIC, body: summaryText }] } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const line = await logged((l) => l['requestId'] === requestId && l['durationMs'] !== undefined);
    expect(line).toMatchObject({ level: 'info', userId: coordinator.id, agencyId: coordinator.agencyId, operation: 'UpsertSummary', outcome: 'ok', req: { method: 'POST', path: '/graphql' } });
    expect(line['msg']).toBe('POST /graphql 200');
    expect(typeof line['durationMs']).toBe('number');
  });

  it('keeps an acceptable X-Request-Id of the caller and logs a refusal’s code as the outcome', async () => {
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-trace-000123' },
      body: JSON.stringify({ query: Operations.LOGIN, variables: { email: coordinator.email, password: 'not-the-password-1' } }),
    });
    expect(response.headers.get('x-request-id')).toBe('proxy-trace-000123');
    expect(await logged((l) => l['requestId'] === 'proxy-trace-000123' && l['durationMs'] !== undefined)).toMatchObject({ operation: 'Login', outcome: 'UNAUTHENTICATED' });
  });

  it('names the user a sign-in signed in, though the request carried no token', async () => {
    await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-trace-000124' },
      body: JSON.stringify({ query: Operations.LOGIN, variables: { email: coordinator.email, password: coordinator.password } }),
    });
    expect(await logged((l) => l['requestId'] === 'proxy-trace-000124' && l['durationMs'] !== undefined)).toMatchObject({ operation: 'Login', outcome: 'ok', userId: coordinator.id, agencyId: coordinator.agencyId });
  });

  it('logs a WebSocket connection’s opening and closing with its user', async () => {
    const socket = connectWs(`${server.url.replace('http', 'ws')}/graphql`, coordinator.token);
    await socket.connected;
    await socket.dispose();
    const opened = await logged((l) => l['msg'] === 'WebSocket connection opened' && l['userId'] === coordinator.id);
    const closed = await logged((l) => l['msg'] === 'WebSocket connection closed' && l['requestId'] === opened['requestId']);
    expect(closed).toMatchObject({ userId: coordinator.id, closeCode: 1000 });
  });

  it('answers an internal error with the request id, and logs its stack under that id only', async () => {
    // A fault of the database: the table the query reads is gone for a moment.
    await withDatabase(database, 'ALTER TABLE cases RENAME TO cases_away');
    try {
      const failed = await http.as(coordinator.token).error(Operations.CASES, { first: 5 });
      expect(failed.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const requestId = failed.extensions?.['requestId'];
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(failed.response.raw).not.toMatch(/cases_away|\bat /);
      const error = await logged((l) => l['requestId'] === requestId && l['level'] === 'error' && l['context'] === 'GraphQLErrors');
      expect(error['stack']).toMatch(/\n\s+at /);
      expect(await logged((l) => l['requestId'] === requestId && l['durationMs'] !== undefined)).toMatchObject({ operation: 'Cases', outcome: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await withDatabase(database, 'ALTER TABLE cases_away RENAME TO cases');
    }
  });

  it('writes only JSON lines, and never the password, the token or the summary’s text', async () => {
    expect([0, 143]).toContain(await server.stop());
    expect(lines().length).toBeGreaterThan(5);
    for (const secret of [TEST_ADMIN.password, coordinator.password, coordinator.token, summaryText, summaryText.split(' ')[1] ?? summaryText]) {
      expect(stdout).not.toContain(secret);
    }
  });
});

async function withDatabase(database: TestDatabase, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
