import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventBus } from '@renkei/graphql';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Fixtures, freePort, Operations, startTestApp, TEST_ADMIN, type TestApp } from '@renkei/testing';

/** `promise`, or a failure naming `what` after `ms`: nothing here may wait for Redis unbounded. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Redis configured but unreachable', () => {
  let port = 0;
  let app: TestApp | undefined;
  let redis: ChildProcess | undefined;
  const logged: string[] = [];
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const started = () => {
    if (!app) throw new Error('the app did not start');
    return app;
  };

  beforeAll(async () => {
    // The log, as an operator would read it.
    for (const stream of ['stdout', 'stderr'] as const) {
      const original = writes[stream];
      process[stream].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        logged.push(String(chunk));
        return (original as (...args: unknown[]) => boolean).call(process[stream], chunk, ...rest);
      }) as typeof process.stdout.write;
    }
    // Nothing listens on this port until the test starts Redis there.
    port = await freePort();
    app = await within(30_000, 'start-up', startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'warn' }));
  }, 60_000);

  afterAll(async () => {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    await app?.close();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis?.once('exit', resolve));
      redis.kill('SIGKILL');
      await exited;
    }
  });

  it('answers sign-ins and mutations, limits failed sign-ins per process, reports Redis in /health, warns once, and catches events up when Redis is back', async () => {
    const testApp = started();
    const fixtures = new Fixtures(testApp);
    // Sign-in answers (its limits are held in this process's memory meanwhile).
    expect(await within(10_000, 'login', testApp.login(TEST_ADMIN.email, TEST_ADMIN.password))).toBeTruthy();
    const coordinator = await within(20_000, 'fixtures', fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE }));
    const worker = await within(20_000, 'fixtures', fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING }));
    // The worker listens from now on (it gets nothing while Redis is away).
    const events = testApp.ws(worker.token).subscribe<{ taskEvents: { type: string; task: { title: string } } }>(Operations.TASK_EVENTS);
    for (let i = 0; i < 5; i++) {
      const failed = await within(10_000, 'failed login', testApp.http.error(Operations.LOGIN, { email: worker.email, password: `wrong-${i}` }));
      expect(failed.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const slowed = await within(10_000, 'slowed login', testApp.http.error(Operations.LOGIN, { email: worker.email, password: worker.password }));
    expect(slowed.extensions?.code).toBe('RATE_LIMITED');

    // The readiness check says what is missing, and the process serves on.
    const health = await within(10_000, '/health', fetch(`${testApp.httpUrl}/health`));
    expect(health.status).toBe(503);
    const report = (await health.json()) as { info?: Record<string, { status: string }>; error?: Record<string, { status: string; message?: string }> };
    expect(report.info?.['database']?.status).toBe('up');
    expect(report.error?.['redis']).toMatchObject({ status: 'down', message: expect.stringMatching(/unreachable/) as unknown });

    // A task assigned while Redis is away: its event waits in the outbox.
    const caseId = await within(10_000, 'openCase', new CaseFixtures(testApp).openCase(coordinator.token));
    await within(10_000, 'addCaseTeamMember', testApp.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: worker.agencyId }));
    const { assignTask } = await within(
      10_000,
      'assignTask',
      testApp.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'While Redis is away', assigneeUserId: worker.id } }),
    );
    const unpublished = `SELECT count(*)::int AS n FROM task_events WHERE task_id = $1 AND published_at IS NULL`;
    expect(await testApp.dataSource.query(unpublished, [assignTask.id])).toEqual([{ n: 1 }]);
    // Deactivation publishes to every process; without Redis it still answers (and closes this process's sockets).
    const leaver = await within(20_000, 'fixtures', fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING }));
    await within(10_000, 'deactivateUser', testApp.http.as(await fixtures.admin()).data(Operations.DEACTIVATE_USER, { id: leaver.id }));

    // Reconnection keeps being tried; the log says so once, not once per attempt.
    const client = testApp.app.get(EventBus).redisClient;
    if (!client) throw new Error('Redis is configured, the bus must have a client');
    await within(
      30_000,
      'five reconnection attempts',
      new Promise<void>((resolve) => {
        let attempts = 0;
        client.on('reconnecting', () => {
          if (++attempts >= 5) resolve();
        });
      }),
    );
    const warnings = logged.filter((line) => /WARN/i.test(line) && /Redis|Outbox relay/.test(line));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.length).toBeLessThanOrEqual(3);

    // Redis comes (back): ready again, and the event arrives through the outbox.
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await eventually(async () => (await fetch(`${testApp.httpUrl}/health`)).status === 200, 30_000);
    await eventually(async () => (await testApp.dataSource.query<{ n: number }[]>(unpublished, [assignTask.id]))[0]?.n === 0, 30_000);
    await events.waitFor((e) => e.taskEvents.type === 'ASSIGNED' && e.taskEvents.task.title === 'While Redis is away', 30_000);
  }, 120_000);
});
