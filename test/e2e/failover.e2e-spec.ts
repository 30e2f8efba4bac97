import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { createTestDatabase, freePort, GraphQLHttpClient, Operations, runServer, SUBJECT, TEST_JWT_SECRET, type ServerProcess, type TestDatabase } from '@renkei/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

// The machine's Redis (CI starts it); REDIS_URL points elsewhere.
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ADMIN = { email: 'admin@failover.example', password: 'failover-admin-password' };
const ROUNDS = 3;
const MUTATIONS_PER_ROUND = 60;
const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

interface LogPage {
  taskEventsSince: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface Server {
  process: ServerProcess;
  http: GraphQLHttpClient;
  wsUrl: string;
}

async function startServer(database: TestDatabase): Promise<Server> {
  const port = await freePort();
  const server = runServer({
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: database.url,
    REDIS_URL,
    JWT_SECRET: TEST_JWT_SECRET,
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'error',
  });
  await server.healthy(30_000);
  return { process: server, http: new GraphQLHttpClient(`${server.url}/graphql`), wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

/**
 * Failover under load: two processes on Redis, mutations at about 20 a second, the process
 * serving the subscriber killed with SIGKILL. The client reconnects to the survivor with
 * `taskEvents(after: <last id>)`: every event the log holds arrives exactly once.
 */
describe('failover: one of two processes killed under load, no event lost', () => {
  let database: TestDatabase;
  let survivor: Server;
  const victims: Server[] = [];
  let coordinatorToken: string;
  let worker: { id: string; token: string };
  let caseId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    survivor = await startServer(database);
    const admin = survivor.http.as((await survivor.http.data<{ login: { token: string } }>(Operations.LOGIN, ADMIN)).login.token);
    const agency = async (name: string, sector: Sector) => (await admin.data<{ createAgency: { id: string } }>(Operations.CREATE_AGENCY, { input: { name, sector } })).createAgency.id;
    const user = async (email: string, agencyId: string, roles: Role[]) => {
      const { createUser } = await admin.data<{ createUser: { id: string } }>(Operations.CREATE_USER, { input: { email, displayName: email, password: 'failover-password', agencyId, roles } });
      return { id: createUser.id, agencyId, token: (await survivor.http.data<{ login: { token: string } }>(Operations.LOGIN, { email, password: 'failover-password' })).login.token };
    };
    coordinatorToken = (await user('coordinator@failover.example', await agency('Coordination', Sector.WELFARE), [Role.COORDINATOR])).token;
    const housing = await user('worker@failover.example', await agency('Housing', Sector.HOUSING), [Role.CASEWORKER]);
    worker = housing;
    const { openCase } = await survivor.http.as(coordinatorToken).data<{ openCase: { id: string } }>(Operations.OPEN_CASE, { input: { title: 'Failover', subject: SUBJECT } });
    caseId = openCase.id;
    await survivor.http.as(coordinatorToken).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housing.agencyId });
  }, 90_000);

  afterAll(async () => {
    await Promise.all([survivor?.process.stop(), ...victims.map((v) => v.process.stop())]);
    await database?.drop();
  });

  /** Every event id the durable log holds for the worker, oldest first. */
  async function logged(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { taskEventsSince }: LogPage = await survivor.http.as(worker.token).data<LogPage>(
        `query Log($after: String) { taskEventsSince(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...taskEventsSince.edges.map((e) => e.node.id));
      if (!taskEventsSince.pageInfo.hasNextPage) return ids;
      after = taskEventsSince.pageInfo.endCursor;
    }
  }

  it(`delivers every event exactly once across ${ROUNDS} kills`, async () => {
    const received: string[] = [];
    let wake: () => void = () => undefined;
    let after = '0';
    /** Follows the worker's events on `server` from `after` until the socket dies. */
    const follow = (server: Server): { client: Client; ended: Promise<void> } => {
      const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authToken: worker.token }, retryAttempts: 0, lazy: true });
      const ended = new Promise<void>((resolve) => {
        client.subscribe<{ taskEvents: { id: string } }>(
          { query: Operations.TASK_EVENTS, variables: { after } },
          {
            next: ({ data }) => {
              if (!data) return;
              received.push(data.taskEvents.id);
              after = data.taskEvents.id;
              wake();
            },
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
      });
      return { client, ended };
    };
    const until = (predicate: () => boolean, boundMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Gave up waiting; received ${received.length}`)), boundMs);
        wake = () => {
          if (predicate()) {
            clearTimeout(timer);
            resolve();
          }
        };
        wake();
      });

    const { assignTask } = await survivor.http.as(coordinatorToken).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'busy', assigneeUserId: worker.id } });
    for (let round = 0; round < ROUNDS; round += 1) {
      const victim = await startServer(database);
      victims.push(victim);
      const first = follow(victim);
      // Load through the survivor: ~20 mutations a second (comments and, now and then, a new task).
      const load = (async () => {
        for (let i = 0; i < MUTATIONS_PER_ROUND; i += 1) {
          const started = Date.now();
          if (i % 10 === 9) await survivor.http.as(coordinatorToken).data(Operations.ASSIGN_TASK, { input: { caseId, title: `task ${round}.${i}`, assigneeUserId: worker.id } });
          else await survivor.http.as(coordinatorToken).data(Operations.COMMENT_ON_TASK, { id: assignTask.id, text: `comment ${round}.${i}` });
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, 50 - (Date.now() - started))));
        }
      })();
      // Kill the subscriber's process a third of the way in, once events flow through it.
      const killAt = received.length + MUTATIONS_PER_ROUND / 3;
      await until(() => received.length >= killAt);
      victim.process.child.kill('SIGKILL');
      await victim.process.exited;
      await first.ended;
      await first.client.dispose();
      // Fail over to the survivor, from the last event held: one call.
      const second = follow(survivor);
      await load;
      const expected = await logged();
      await until(() => received.length >= expected.length);
      await second.client.dispose();
      // Relays of two processes may publish out of id order: the same ids, each once.
      expect([...received].sort(byId)).toEqual(expected);
    }
    expect(new Set(received).size).toBe(received.length);
  }, 180_000);
});
