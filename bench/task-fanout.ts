// npm run bench — task-event fan-out: N live subscribers on one API process (in-process bus)
// and on two API processes sharing Redis (half the subscribers on each, mutations on the
// first) receive the events of real mutations; the same payload broadcast by a bare `ws`
// server in the same run is the baseline. Then addressing: the p99 of events addressed to
// 10 recipients with 10,000 idle subscribers connected (of another agency) vs with 10, and
// whether one process holds 20,000 subscribers (when the open-file limit allows it). Figures
// are printed beside their targets, never asserted.
//   BENCH_SUBSCRIBERS=1000,5000  BENCH_EVENTS=20  BENCH_IDLE=10000  BENCH_CAPACITY=20000  DATABASE_URL=<server for a scratch database>  REDIS_URL
//   BENCH_CPU_PROF=<directory>: CPU profiles of the servers while the events are delivered (its figures then include the profiler's cost)
//   BENCH_HEAP_SNAPSHOTS=<directory>: heap snapshots of each server where its memory is read (before connecting, after delivering)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ADMIN, cpuSeconds, gql, onServer, percentile, profiled, serverEnvironment, sleep, startProcess, type Proc } from './harness.js';
import { Inspector } from './inspector.js';

const SIZES = (process.env['BENCH_SUBSCRIBERS'] ?? '1000,5000').split(',').map(Number);
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20);
const USERS = 10; // subscribers are spread over this many users of the assignee agency
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const CONNECT_BATCH = 250;
const IDLE = Number(process.env['BENCH_IDLE'] ?? 10_000);
const CAPACITY = Number(process.env['BENCH_CAPACITY'] ?? 20_000);
const TARGET_IDLE_RATIO = 1.5;
const SNAPSHOTS = process.env['BENCH_HEAP_SNAPSHOTS'];
const TASK_EVENTS = 'subscription { taskEvents { id type occurredAt task { taskId title status version } } }';

interface Figures {
  subscribers: number;
  deliveries: number;
  p50: number;
  p99: number;
  cpuPerDeliveryUs: number;
  /** Growth of the servers' resident memory per connection, each reading after a full collection. */
  memoryPerConnectionKb: number;
  /** Growth of what the servers' heaps and buffers hold per connection, after a full collection. */
  liveHeapPerConnectionKb: number;
}

/** Receivers record when each of their messages arrives; `expect` waits for a count everywhere. */
class Receivers {
  readonly arrivals: number[][] = [];
  add(): (at: number) => void {
    const mine: number[] = [];
    this.arrivals.push(mine);
    return (at) => mine.push(at);
  }
  async expect(count: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.arrivals.some((a) => a.length < count)) {
      if (Date.now() > deadline) throw new Error(`Deliveries missing after ${timeoutMs} ms`);
      await sleep(2);
    }
  }
}

/** Connects the `index`th subscriber, which calls `record` at each arrival; resolves with its closer. */
type Connect = (record: (at: number) => void, index: number) => Promise<() => void>;

async function measure(name: string, servers: Proc[], connect: Connect, trigger: () => Promise<void>, subscribers: number): Promise<Figures & { closers: (() => void)[] }> {
  const pids = servers.map((server) => server.child.pid as number);
  const cpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  await warmUp(servers.length, connect, trigger);
  await sleep(500);
  const before = await liveMemory(servers, `${name}-before`);
  const receivers = new Receivers();
  const closers = await connectAll(subscribers, (index) => connect(receivers.add(), index));
  await sleep(1_500);
  const latencies: number[] = [];
  const cpuUsed = await profiled(servers, name, async () => {
    const cpuBefore = cpu();
    for (let n = 1; n <= EVENTS; n++) {
      const started = performance.now();
      await trigger();
      await receivers.expect(n);
      for (const arrivals of receivers.arrivals) latencies.push((arrivals[n - 1] as number) - started);
    }
    return cpu() - cpuBefore;
  });
  // Read once the events are delivered and the connections idle again: a full collection
  // between connecting and delivering would shrink the young generation the delivery needs.
  const after = await liveMemory(servers, `${name}-after`);
  latencies.sort((a, b) => a - b);
  return {
    subscribers,
    deliveries: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuPerDeliveryUs: (cpuUsed / latencies.length) * 1e6,
    memoryPerConnectionKb: (after.rss - before.rss) / subscribers / 1024,
    liveHeapPerConnectionKb: (after.live - before.live) / subscribers / 1024,
    closers,
  };
}

/**
 * One subscriber on each server receives one event and leaves, before memory is first read:
 * what a first connection and a first delivery load once (modules, compiled code, caches) is
 * then not counted as what each connection holds.
 */
async function warmUp(servers: number, connect: Connect, trigger: () => Promise<void>): Promise<void> {
  const receivers = new Receivers();
  const closers = await connectAll(servers, (index) => connect(receivers.add(), index));
  await sleep(500);
  await trigger();
  await receivers.expect(1);
  closers.forEach((close) => close());
}

/**
 * The servers' resident memory and what their heaps and buffers hold, summed, each read after
 * a full collection: RSS alone also counts garbage a young generation sized for fan-out
 * bursts has not yet collected, which says nothing of what a connection keeps.
 */
async function liveMemory(servers: readonly Proc[], label: string): Promise<{ rss: number; live: number }> {
  const readings = await Promise.all(
    servers.map(async (server, index) => {
      const inspector = await Inspector.attach(server.inspectorPort);
      try {
        const memory = await inspector.liveMemory();
        if (SNAPSHOTS) await inspector.snapshot(join(SNAPSHOTS, `${label}-${index}.heapsnapshot`));
        return memory;
      } finally {
        inspector.close();
      }
    }),
  );
  return readings.reduce((sum, m) => ({ rss: sum.rss + m.rss, live: sum.live + m.heapUsed + m.external }), { rss: 0, live: 0 });
}

/** API processes on a scratch database: a case with a task of the Housing agency, its users, and users of an agency it never addresses. */
interface Deployment {
  servers: Proc[];
  /** Tokens of the Housing users (the task's recipients) and of the idle agency's users. */
  recipients: string[];
  idle: string[];
  /** An event addressed to Housing: a comment on its task. */
  trigger(): Promise<void>;
  stop(): Promise<void>;
}

async function deploy(tag: string, processes: 1 | 2): Promise<Deployment> {
  const name = `renkei_bench_${process.pid}_${tag}`;
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${name}"`);
  const env = { ...serverEnvironment(name), ...(processes === 2 ? { REDIS_URL } : {}) };
  const servers: Proc[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    for (let i = 0; i < processes; i++) servers.push(await startProcess('dist/apps/api/src/main.js', env, async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok));
    const api = `http://127.0.0.1:${(servers[0] as Proc).port}/graphql`;
    const admin = (await gql<{ login: { token: string } }>(api, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password })).login.token;
    const agency = async (n: string, sector: string) =>
      (await gql<{ createAgency: { id: string } }>(api, 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: n, sector } }, admin)).createAgency.id;
    const user = async (email: string, agencyId: string, role: string) => {
      await gql(api, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email, displayName: email, password: 'bench-password-1', agencyId, roles: [role] } }, admin);
      return (await gql<{ login: { token: string } }>(api, 'mutation($e: String!) { login(email: $e, password: "bench-password-1") { token } }', { e: email })).login.token;
    };
    const housing = await agency('Housing', 'HOUSING');
    const legal = await agency('Legal', 'LEGAL');
    const coordinator = await user('coordinator@bench.example', await agency('Coordination', 'WELFARE'), 'COORDINATOR');
    const recipients = await Promise.all(Array.from({ length: USERS }, (_, i) => user(`worker${i}@bench.example`, housing, 'CASEWORKER')));
    const idle = await Promise.all(Array.from({ length: USERS }, (_, i) => user(`idle${i}@bench.example`, legal, 'CASEWORKER')));
    const subject = { fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ', birthDate: '1968-04-01', address: '桜市' };
    const caseId = (await gql<{ openCase: { id: string } }>(api, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', { i: { title: 'bench', subject } }, coordinator)).openCase.id;
    await gql(api, 'mutation($c: ID!, $a: ID!) { addCaseTeamMember(caseId: $c, agencyId: $a) { id } }', { c: caseId, a: housing }, coordinator);
    const taskId = (await gql<{ assignTask: { id: string } }>(api, 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }', { i: { caseId, title: 'bench task', assigneeAgencyId: housing } }, coordinator)).assignTask.id;
    const trigger = async () => {
      await gql(api, 'mutation($id: ID!) { commentOnTask(id: $id, text: "bench") { id } }', { id: taskId }, coordinator);
    };
    return { servers, recipients, idle, trigger, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A taskEvents subscriber on `server`: resolves with its closer once connected (or refused:
 * then `failed` is called). `record` receives the arrival time of each event, and the event.
 */
function subscriber(server: Proc, token: string, record: (at: number, result: unknown) => void, failed: () => void = () => undefined): Promise<() => void> {
  return new Promise((resolve) => {
    const client: Client = createClient({
      url: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authToken: token },
      lazy: false,
      retryAttempts: 0,
      on: { connected: () => resolve(() => void client.dispose()) },
    });
    client.subscribe(
      { query: TASK_EVENTS },
      {
        next: (result) => record(performance.now(), result),
        error: () => {
          failed();
          resolve(() => void client.dispose());
        },
        complete: () => undefined,
      },
    );
  });
}

/** `count` connections made `CONNECT_BATCH` at a time. */
async function connectAll(count: number, connect: (index: number) => Promise<() => void>): Promise<(() => void)[]> {
  const closers: (() => void)[] = [];
  for (let i = 0; i < count; i += CONNECT_BATCH) closers.push(...(await Promise.all(Array.from({ length: Math.min(CONNECT_BATCH, count - i) }, (_, j) => connect(i + j)))));
  return closers;
}

async function renkei(subscribers: number, processes: 1 | 2): Promise<Figures & { payload: string }> {
  const deployment = await deploy(`${subscribers}_${processes}`, processes);
  const { servers, recipients } = deployment;
  try {
    let payload = '';
    const figures = await measure(
      `renkei-${subscribers}-${processes}`,
      servers,
      (record, index) =>
        subscriber(servers[index % servers.length] as Proc, recipients[index % USERS] as string, (at, result) => {
          record(at);
          payload ||= JSON.stringify({ type: 'next', id: '1', payload: result });
        }),
      deployment.trigger,
      subscribers,
    );
    figures.closers.forEach((close) => close());
    return { ...figures, payload };
  } finally {
    await deployment.stop();
  }
}

/** Events addressed to the USERS recipients (one subscriber each) while `idle` subscribers of another agency are connected. */
async function addressed(idle: number): Promise<Figures> {
  const deployment = await deploy(`addressed_${idle}`, 1);
  const server = deployment.servers[0] as Proc;
  try {
    const idlers = await connectAll(idle, (i) => subscriber(server, deployment.idle[i % USERS] as string, () => undefined));
    const figures = await measure(`addressed-${idle}`, [server], (record, index) => subscriber(server, deployment.recipients[index] as string, record), deployment.trigger, USERS);
    [...idlers, ...figures.closers].forEach((close) => close());
    return figures;
  } finally {
    await deployment.stop();
  }
}

/** The soft open-file limit of this process (the servers it starts inherit it). */
function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
  return Number(line?.split(/\s+/)[3]);
}

/** `count` subscribers on one process: how many connected, how many got one event, how many failed. */
async function capacity(count: number): Promise<{ connected: number; delivered: number; errors: number }> {
  const deployment = await deploy(`capacity_${count}`, 1);
  const server = deployment.servers[0] as Proc;
  try {
    const receivers = new Receivers();
    let errors = 0;
    const closers = await connectAll(count, (i) => subscriber(server, deployment.recipients[i % USERS] as string, receivers.add(), () => errors++));
    await sleep(1_500);
    await deployment.trigger();
    await receivers.expect(1, 120_000).catch(() => undefined);
    const delivered = receivers.arrivals.filter((a) => a.length > 0).length;
    closers.forEach((close) => close());
    return { connected: count - errors, delivered, errors };
  } finally {
    await deployment.stop();
  }
}

async function bareWs(subscribers: number, payload: string): Promise<Figures> {
  const server = await startProcess('dist/bench/bare-ws-server.js', {}, async (port) => (await fetch(`http://127.0.0.1:${port}/`)).ok);
  try {
    const figures = await measure(
      `bare-${subscribers}`,
      [server],
      (record) =>
        new Promise((resolve) => {
          const socket = new WebSocket(`ws://127.0.0.1:${server.port}/`);
          socket.on('message', () => record(performance.now()));
          socket.on('open', () => resolve(() => socket.close()));
        }),
      async () => {
        await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST', body: payload });
      },
      subscribers,
    );
    figures.closers.forEach((close) => close());
    return figures;
  } finally {
    await server.stop();
  }
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

const rows: string[] = [];
for (const size of SIZES) {
  const one = await renkei(size, 1);
  const two = await renkei(size, 2);
  const bare = await bareWs(size, one.payload);
  for (const [label, f] of [
    ['renkei taskEvents, 1 process', one],
    ['renkei taskEvents, 2 processes + Redis', two],
    ['bare ws broadcast', bare],
  ] as const) {
    rows.push(`| ${label} | ${f.subscribers} | ${f.deliveries} | ${fmt(f.p50)} | ${fmt(f.p99)} | ${fmt(f.cpuPerDeliveryUs)} | ${fmt(f.memoryPerConnectionKb)} | ${fmt(f.liveHeapPerConnectionKb)} |`);
  }
  for (const [label, f] of [
    ['ratio 1 process / bare', one],
    ['ratio 2 processes / bare', two],
  ] as const) {
    rows.push(`| ${label} | ${size} | | ${fmt(f.p50 / bare.p50, 2)}× | ${fmt(f.p99 / bare.p99, 2)}× | ${fmt(f.cpuPerDeliveryUs / bare.cpuPerDeliveryUs, 2)}× | ${fmt(f.memoryPerConnectionKb / bare.memoryPerConnectionKb, 2)}× | ${fmt(f.liveHeapPerConnectionKb / bare.liveHeapPerConnectionKb, 2)}× |`);
  }
}
const quiet = await addressed(USERS);
const crowded = await addressed(IDLE);
const idleRatio = crowded.p99 / quiet.p99;
const limit = openFileLimit();
// One socket per subscriber in the server and in this client, besides their own files: as
// many subscribers as the open-file limit leaves room for, up to CAPACITY.
const reachable = Math.min(CAPACITY, limit - 1_000);
const held = reachable > 0 ? await capacity(reachable) : null;

console.log(`\nTask-event fan-out, ${EVENTS} events per size (mutation → delivery; server CPU per delivered event; per connection, the growth of the server's RSS and of its heap and buffers, each read after a full collection)\n`);
console.log('| system | subscribers | deliveries | p50 ms | p99 ms | CPU µs / delivery | RSS KiB / connection | live KiB / connection |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nAddressed delivery: ${EVENTS} events, each addressed to ${USERS} recipients (one subscriber each), with idle subscribers of another agency connected on one process\n`);
console.log('| idle subscribers | deliveries | p50 ms | p99 ms |');
console.log('| --- | --- | --- | --- |');
for (const f of [quiet, crowded]) console.log(`| ${f === quiet ? USERS : IDLE} | ${f.deliveries} | ${fmt(f.p50)} | ${fmt(f.p99)} |`);
console.log(`\n| figure | measured | target | |\n| --- | --- | --- | --- |`);
console.log(`| addressed p99, ${IDLE} idle vs ${USERS} idle | ${fmt(idleRatio, 2)}× | ≤ ${TARGET_IDLE_RATIO}× | ${idleRatio <= TARGET_IDLE_RATIO ? 'met' : 'MISSED'} |`);
console.log(
  held
    ? `| ${reachable} subscribers on one process${reachable < CAPACITY ? ` (${CAPACITY} asked; the open-file limit ${limit} allows no more)` : ''} | ${held.connected} connected, ${held.delivered} delivered, ${held.errors} errors | all, all, 0 | ${held.connected === reachable && held.delivered === reachable && held.errors === 0 ? (reachable === CAPACITY ? 'met' : 'met as far as the limit allows') : 'MISSED'} |`
    : `| ${CAPACITY} subscribers on one process | not run: ${CAPACITY === 0 ? 'BENCH_CAPACITY=0 skips it' : `open-file limit ${limit} per process, a socket per subscriber needs more`} | all, all, 0 | n/a |`,
);
process.exit(0);
