import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { Scrape } from '@renkei/observability';
import { CaseFixtures, freePort, Operations, startTestApp, type TestApp, useTestApp } from '@renkei/testing';

const TOKEN = 'metrics-token-of-the-e2e-tests';
const TASK_TOPIC = 'renkei:*:task-events';

interface TaskEvent {
  taskEvents: { task: { taskId: string } };
}

/** GET `url` as a scraper would (Prometheus accepts every type, a browser prefers HTML). */
async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string | null; body: string }> {
  const response = await fetch(url, { headers: { accept: 'text/plain;version=0.0.4;q=0.9,*/*;q=0.1', ...headers } });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

async function scrape(url: string, token?: string): Promise<Scrape> {
  const answer = await get(url, token ? { authorization: `Bearer ${token}` } : {});
  expect(answer.status).toBe(200);
  return Scrape.parse(answer.body);
}

/** Scrapes until `holds` (the server counts a socket's close when its close frame arrives). */
async function scrapeUntil(url: string, token: string, holds: (scrape: Scrape) => boolean, timeoutMs = 10_000): Promise<Scrape> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await scrape(url, token);
    if (holds(current) || Date.now() > deadline) return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('metrics behind a token (METRICS_TOKEN)', () => {
  const s = useTestApp({ METRICS_TOKEN: TOKEN, RATE_LIMIT_EXPENSIVE_PER_MINUTE: '2' });
  const metricsUrl = () => `${s.app.httpUrl}/metrics`;

  it('answers 401 without the token or with another one, and the figures with it', async () => {
    expect((await get(metricsUrl())).status).toBe(401);
    // A browser asking for a page gets the 401 too, not the web client's index.html.
    expect((await get(metricsUrl(), { accept: 'text/html' })).status).toBe(401);
    expect((await get(metricsUrl(), { authorization: `Bearer ${TOKEN}-not` })).status).toBe(401);
    const answer = await get(metricsUrl(), { authorization: `Bearer ${TOKEN}` });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const figures = Scrape.parse(answer.body);
    expect(figures.series('process_cpu_user_seconds_total')).toHaveLength(1);
    expect(figures.sum('renkei_db_pool_max_connections')).toBeGreaterThan(0);
    expect(figures.sum('renkei_db_pool_connections')).toBeGreaterThanOrEqual(1);
  });

  it('counts operations, errors, sockets, subscriptions, events and refusals as they happen', async () => {
    const coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    const housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const caseId = await new CaseFixtures(s.app).openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housing.agencyId });

    // A subscription from the newest event misses nothing that happens once it is asked for.
    const [newest] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events');
    const socket = s.app.ws(housing.token);
    const events = socket.subscribe<TaskEvent>(Operations.TASK_EVENTS, { after: newest?.id });
    const { assignTask } = await s.app.http
      .as(coordinator.token)
      .data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'metrics', assigneeAgencyId: housing.agencyId } });
    await events.waitFor((event) => event.taskEvents.task.taskId === assignTask.id);

    await s.app.http.data('{ __typename }');
    expect((await s.app.http.error(Operations.MY_TASKS)).extensions?.code).toBe('UNAUTHENTICATED');
    const greedy = s.app.http.as(housing.token);
    for (let i = 0; i < 2; i++) await greedy.data(Operations.CASES, { first: 1 });
    expect((await greedy.error(Operations.CASES, { first: 1 })).extensions?.code).toBe('RATE_LIMITED');

    const figures = await scrape(metricsUrl(), TOKEN);
    expect(figures.sum('renkei_graphql_requests_total', { operation: 'Login', type: 'mutation', transport: 'http' })).toBeGreaterThanOrEqual(2);
    expect(figures.sum('renkei_graphql_requests_total', { operation: 'AssignTask', type: 'mutation', transport: 'http' })).toBe(1);
    expect(figures.sum('renkei_graphql_requests_total', { operation: 'anonymous', type: 'query', transport: 'http' })).toBeGreaterThanOrEqual(1);
    expect(figures.sum('renkei_graphql_requests_total', { operation: 'TaskEvents', type: 'subscription', transport: 'ws' })).toBe(1);
    expect(figures.sum('renkei_graphql_request_duration_seconds_count', { operation: 'Cases', type: 'query' })).toBe(3);
    expect(figures.quantile(0.95, 'renkei_graphql_request_duration_seconds')).toBeGreaterThan(0);
    expect(figures.sum('renkei_graphql_errors_total', { code: 'UNAUTHENTICATED', transport: 'http' })).toBeGreaterThanOrEqual(1);
    expect(figures.sum('renkei_graphql_errors_total', { code: 'RATE_LIMITED', transport: 'http' })).toBe(1);
    expect(figures.sum('renkei_rate_limit_refusals_total', { limit: 'expensive' })).toBe(1);
    expect(figures.sum('renkei_websocket_connections')).toBe(1);
    expect(figures.sum('renkei_graphql_subscriptions_active')).toBe(1);
    expect(figures.sum('renkei_events_published_total', { topic: TASK_TOPIC })).toBeGreaterThanOrEqual(1);
    expect(figures.sum('renkei_events_delivered_total', { topic: TASK_TOPIC })).toBeGreaterThanOrEqual(1);
    // Every outbox has its lag, 0 once the relay has sent everything.
    expect(figures.series('renkei_outbox_lag_seconds', { outbox: 'task_events' })).toHaveLength(1);

    await socket.dispose();
    const after = await scrapeUntil(metricsUrl(), TOKEN, (current) => current.sum('renkei_websocket_connections') === 0);
    expect(after.sum('renkei_websocket_connections')).toBe(0);
    expect(after.sum('renkei_graphql_subscriptions_active')).toBe(0);
  });

  it('counts sign-ins refused while a delay after failed ones runs', async () => {
    const staff = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const before = (await scrape(metricsUrl(), TOKEN)).sum('renkei_rate_limit_refusals_total', { limit: 'signin' });
    // Failures past the free ones start delays (1 s, 2 s …): the next attempts meet one.
    let code: string | undefined;
    for (let attempt = 0; attempt < 30 && code !== 'RATE_LIMITED'; attempt++) {
      code = (await s.app.http.error(Operations.LOGIN, { email: staff.email, password: 'not-the-password-1' })).extensions?.code;
    }
    expect(code).toBe('RATE_LIMITED');
    expect((await scrape(metricsUrl(), TOKEN)).sum('renkei_rate_limit_refusals_total', { limit: 'signin' })).toBeGreaterThan(before);
  });
});

describe('metrics on a port of their own (METRICS_PORT)', () => {
  let app: TestApp;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freePort();
    app = await startTestApp({ METRICS_PORT: String(metricsPort) });
  }, 180_000);
  afterAll(() => app?.close(), 180_000);

  it('serves them there, openly outside production, and not on the API port', async () => {
    await app.http.data('{ __typename }');
    expect((await get(`${app.httpUrl}/metrics`)).status).toBe(404);
    const figures = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(figures.sum('renkei_graphql_requests_total', { operation: 'anonymous', transport: 'http' })).toBe(1);
    expect((await get(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
  });
});
