import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import pg from 'pg';
import {
  connectWs,
  createTestDatabase,
  freePort,
  GraphQLHttpClient,
  Operations,
  runServer,
  SUBJECT,
  TEST_JWT_SECRET,
  type ServerProcess,
  type TestDatabase,
  type TestWsClient,
} from '@renkei/testing';

// The machine's Redis (CI starts it); REDIS_URL points elsewhere.
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ADMIN = { email: 'admin@scale.example', password: 'scale-out-admin-password' };

interface Server {
  process: ServerProcess;
  http: GraphQLHttpClient;
  ws: (token: string) => TestWsClient;
}

/** A separate API process, as a second instance behind a load balancer would run. */
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
    REMINDER_INTERVAL_SECONDS: '1',
    LOG_LEVEL: 'warn',
  });
  await server.healthy(30_000);
  return { process: server, http: new GraphQLHttpClient(`${server.url}/graphql`), ws: (token) => connectWs(`ws://127.0.0.1:${port}/graphql`, token) };
}

interface TaskEvent {
  taskEvents: { type: string; task: { taskId: string } };
}

describe('two API processes sharing PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let a: Server;
  let b: Server;
  const sockets: TestWsClient[] = [];
  let coordinatorToken: string;
  let worker: { id: string; agencyId: string; token: string };
  let caseId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One after the other: the first applies nothing (the template is migrated) and seeds the admin.
    a = await startServer(database);
    b = await startServer(database);
    const adminToken = (await a.http.data<{ login: { token: string } }>(Operations.LOGIN, ADMIN)).login.token;
    const admin = a.http.as(adminToken);
    const agency = async (name: string, sector: Sector) => (await admin.data<{ createAgency: { id: string } }>(Operations.CREATE_AGENCY, { input: { name, sector } })).createAgency.id;
    const user = async (email: string, agencyId: string, roles: Role[]) => {
      const { createUser } = await admin.data<{ createUser: { id: string } }>(Operations.CREATE_USER, { input: { email, displayName: email, password: 'scale-out-password', agencyId, roles } });
      return { id: createUser.id, agencyId, token: (await b.http.data<{ login: { token: string } }>(Operations.LOGIN, { email, password: 'scale-out-password' })).login.token };
    };
    const coordinator = await user('coordinator@scale.example', await agency('Coordination', Sector.WELFARE), [Role.COORDINATOR]);
    coordinatorToken = coordinator.token;
    worker = await user('worker@scale.example', await agency('Housing', Sector.HOUSING), [Role.CASEWORKER]);
    const { openCase } = await a.http.as(coordinatorToken).data<{ openCase: { id: string } }>(Operations.OPEN_CASE, { input: { title: 'Scale-out', subject: SUBJECT } });
    caseId = openCase.id;
    await a.http.as(coordinatorToken).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: worker.agencyId });
  });

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await Promise.all([a?.process.stop(), b?.process.stop()]);
    await database?.drop();
  });

  /** The newest task event now: a subscription from it misses nothing that happens later, however long it takes to go live. */
  const newestEvent = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM task_events')).rows[0]?.id ?? '0';
    } finally {
      await client.end();
    }
  };

  const subscribeOnB = async () => {
    const after = await newestEvent();
    const socket = b.ws(worker.token);
    sockets.push(socket);
    const stream = socket.subscribe<TaskEvent>(Operations.TASK_EVENTS, { after });
    await socket.connected;
    return { socket, stream };
  };

  it('a mutation on one process reaches a subscriber on the other', async () => {
    const { stream } = await subscribeOnB();
    const { assignTask } = await a.http.as(coordinatorToken).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'Across processes', assigneeUserId: worker.id } });
    await stream.waitFor((e) => e.taskEvents.task.taskId === assignTask.id && e.taskEvents.type === 'ASSIGNED');
  });

  it('a reminder fires once although both processes look for due tasks every second', async () => {
    const { stream } = await subscribeOnB();
    const { assignTask } = await a.http.as(coordinatorToken).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
      input: { caseId, title: 'Due soon', assigneeUserId: worker.id, dueAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const dueSoon = (taskId: string) => (e: TaskEvent) => e.taskEvents.task.taskId === taskId && e.taskEvents.type === 'DUE_SOON';
    await stream.waitFor(dueSoon(assignTask.id), 30_000);
    // Several more rounds of the schedulers: each later task's reminder is sent by a round that began after the one before it.
    const later: string[] = [];
    for (const round of [1, 2, 3]) {
      const { assignTask: next } = await a.http.as(coordinatorToken).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
        input: { caseId, title: `Due soon, round ${round}`, assigneeUserId: worker.id, dueAt: new Date(Date.now() + 3_600_000).toISOString() },
      });
      await stream.waitFor(dueSoon(next.id), 30_000);
      later.push(next.id);
    }
    for (const taskId of [assignTask.id, ...later]) expect(stream.items.filter(dueSoon(taskId))).toHaveLength(1);
    const { taskEventsSince } = await b.http.as(worker.token).data<{ taskEventsSince: { edges: { node: { type: string; task: { taskId: string } } }[] } }>(Operations.TASK_EVENTS_SINCE, { first: 100 });
    expect(taskEventsSince.edges.filter((e) => e.node.task.taskId === assignTask.id && e.node.type === 'DUE_SOON')).toHaveLength(1);
  });

  it('deactivating a user on one process closes their socket on the other', async () => {
    const { socket } = await subscribeOnB();
    const adminToken = (await a.http.data<{ login: { token: string } }>(Operations.LOGIN, ADMIN)).login.token;
    await a.http.as(adminToken).data(Operations.DEACTIVATE_USER, { id: worker.id });
    expect(await socket.closed).toBe(4403);
  });
});
