import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, eventually, Fixtures, freePort, Operations, startTestApp, type TestApp } from '@renkei/testing';
import { Redis } from 'ioredis';

/**
 * Redis pub/sub keeps nothing: what is published while a process's subscriber connection is
 * away never reaches it, even though the publish succeeded. Here Redis itself refuses the
 * subscriber connection (and only it) while the publisher goes on, after the stream has
 * delivered more events live than one page of its outbox: the replay on reconnection must
 * read past them to what was published meanwhile, and repeat none of them.
 */
const LIVE = 520; // more than a replay's page (500)
const DURING = 5;

interface TaskEvent {
  taskEvents: { id: string };
}

describe('a subscriber connection refused by Redis while events are published', () => {
  let redis: ChildProcess | undefined;
  let admin: Redis | undefined;
  let app: TestApp | undefined;
  let port = 0;

  beforeAll(async () => {
    // A Redis of its own: this test changes its limits, which would disturb the other suites.
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    // Its own connection from the start: it must not be the one refused.
    admin = new Redis({ port, host: '127.0.0.1', retryStrategy: () => 50 });
    const connection = admin;
    await eventually('the test Redis answers', () => connection.ping().then(() => true, () => false), 10_000);
    app = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'error' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    admin?.disconnect();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis?.once('exit', resolve));
      redis.kill('SIGKILL');
      await exited;
    }
  });

  it(`replays what was published while it was away after ${LIVE} live events: every event once`, async () => {
    if (!app || !admin) throw new Error('set-up failed');
    const testApp = app;
    const redisAdmin = admin;
    const fixtures = new Fixtures(testApp);
    const coordinator = await fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    const worker = await fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const caseId = await new CaseFixtures(testApp).openCase(coordinator.token);
    const asCoordinator = testApp.http.as(coordinator.token);
    await asCoordinator.data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: worker.agencyId });
    // From the first event on: a stream started "now" misses what the server commits before
    // it reads the subscribe message, which a busy machine can do (a clean run did).
    const events = testApp.ws(worker.token).subscribe<TaskEvent>(Operations.TASK_EVENTS, { after: '0' });
    const received = (count: number) =>
      events.waitFor(() => events.items.length >= count, 30_000).catch(() => {
        throw new Error(`Received ${events.items.length} of ${count} events`);
      });
    const { assignTask } = await asCoordinator.data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
      input: { caseId, title: 'Followed through an outage', assigneeUserId: worker.id },
    });
    await received(1);
    const comment = (text: string) => asCoordinator.data(Operations.COMMENT_ON_TASK, { id: assignTask.id, text });
    for (let batch = 0; batch < LIVE; batch += 20) await Promise.all(Array.from({ length: 20 }, (_, i) => comment(`live ${batch + i}`)));
    await received(1 + LIVE);

    // Redis refuses the subscriber's reconnection: one connection fewer than now is allowed,
    // and the subscriber's is cut, in one transaction so that it cannot slip back in between.
    const connected = (await redisAdmin.call('CLIENT', 'LIST')) as string;
    const clients = connected.trim().split('\n').length;
    await redisAdmin.multi().config('SET', 'maxclients', String(clients - 1)).client('KILL', 'TYPE', 'pubsub').exec();
    const subscribers = async () => ((await redisAdmin.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string).trim();
    expect(await subscribers()).toBe('');

    // Published meanwhile, by the publisher connection that stayed.
    for (let i = 0; i < DURING; i++) await comment(`while away ${i}`);
    const unpublished = `SELECT count(*)::int AS n FROM task_events WHERE task_id = $1 AND published_at IS NULL`;
    await eventually('the events are published', async () => (await testApp.dataSource.query<{ n: number }[]>(unpublished, [assignTask.id]))[0]?.n === 0);
    expect(await subscribers()).toBe('');
    expect(events.items).toHaveLength(1 + LIVE);

    // Redis lets the subscriber back: the stream reads what it missed from its outbox.
    await redisAdmin.config('SET', 'maxclients', '10000');
    await received(1 + LIVE + DURING);
    const logged = await testApp.dataSource.query<{ id: string }[]>(`SELECT id::text FROM task_events WHERE task_id = $1`, [assignTask.id]);
    const ids = events.items.map((e) => e.taskEvents.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(logged.map((row) => row.id).sort());
  }, 180_000);
});
