// Shared pieces of the benchmarks: a scratch database, server processes, /proc readings.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SERVER_NODE_FLAGS } from '@renkei/api';
import pg from 'pg';
import { Inspector } from './inspector.js';

export const ROOT = new URL('../../', import.meta.url);
const SERVER_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-1234';
// The benchmark servers run in production mode, where /metrics needs a token.
export const METRICS_TOKEN = 'bench-metrics-token-1234';
export const ADMIN = { email: 'admin@bench.example', password: 'bench-admin-password' };
// BENCH_CPU_PROF=<directory>: the benchmarks that say so write the CPU profile of their
// measured part there (open it in Chrome's DevTools).
const CPU_PROFILE_DIR = process.env['BENCH_CPU_PROF'] || null;

/**
 * What a benchmark's server is started with, on the scratch database `name`: production mode,
 * unless BENCH_NODE_ENV says otherwise. The test that runs every benchmark at a token size
 * says `test`: its servers then hash passwords at argon2's least cost, as the test suite's do;
 * each deployment signs in a score of users, which at the standard cost was most of its time.
 */
export function serverEnvironment(name: string): Record<string, string> {
  return { NODE_ENV: process.env['BENCH_NODE_ENV'] ?? 'production', DATABASE_URL: databaseUrl(name), JWT_SECRET, BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'warn' };
}

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Proc {
  child: ChildProcess;
  port: number;
  /** Where its inspector listens: for profiles and readings of its live memory. */
  inspectorPort: number;
  stop(): Promise<void>;
}

/**
 * Starts `script` (built JS under dist/) with `env`, and waits until `ready`
 * answers. Every server runs with the deployed server's flags, the baselines too: the figures
 * compare code on one runtime, not a tuned runtime with a default one.
 */
export async function startProcess(script: string, env: Record<string, string>, ready: (port: number) => Promise<boolean>): Promise<Proc> {
  const port = await freePort();
  // An inspector nobody attaches to costs nothing; the baselines have one too.
  const inspectorPort = await freePort();
  const child = spawn(process.execPath, [`--inspect=127.0.0.1:${inspectorPort}`, ...SERVER_NODE_FLAGS, new URL(script, ROOT).pathname], { env: { PATH: process.env['PATH'] ?? '', ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  passOnErrors(child);
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (await ready(port).catch(() => false)) break;
    await sleep(100);
  }
  return {
    child,
    port,
    inspectorPort,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// What the inspector says of itself on the server's stderr; everything else is passed on.
const INSPECTOR_CHATTER = /^(Debugger (listening|attached|ending)|For help, see|Waiting for the debugger)/;

function passOnErrors(child: ChildProcess): void {
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    if (!INSPECTOR_CHATTER.test(line)) process.stderr.write(`${line}\n`);
  });
}

/**
 * Runs `measured` while the servers' CPU is profiled (with BENCH_CPU_PROF; else just runs it):
 * `<name>-<n>.cpuprofile` per server, sampled every 100 µs, through the inspector protocol.
 */
export async function profiled<T>(servers: readonly Proc[], name: string, measured: () => Promise<T>): Promise<T> {
  if (!CPU_PROFILE_DIR) return measured();
  const inspectors = await Promise.all(servers.map((server) => Inspector.attach(server.inspectorPort)));
  for (const inspector of inspectors) {
    await inspector.call('Profiler.enable');
    await inspector.call('Profiler.setSamplingInterval', { interval: 100 });
    await inspector.call('Profiler.start');
  }
  const result = await measured();
  mkdirSync(CPU_PROFILE_DIR, { recursive: true });
  for (const [n, inspector] of inspectors.entries()) {
    const { profile } = await inspector.call('Profiler.stop');
    writeFileSync(join(CPU_PROFILE_DIR, `${name}-${n + 1}.cpuprofile`), JSON.stringify(profile));
    inspector.close();
  }
  return result;
}

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  return statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

// User + system time from the text of /proc/<pid>/stat (after the command's closing parenthesis).
function statCpuSeconds(stat: string): number {
  const fields = stat.split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds PostgreSQL's processes on this machine have used so far: its backends and its
 * own (WAL writer, checkpointer, autovacuum), which a load makes work too. A process that
 * ends between two readings takes its seconds with it: the bench's backends live as long as
 * their servers' pools.
 */
export function databaseCpuSeconds(): number {
  let seconds = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes(' (postgres) ')) seconds += statCpuSeconds(stat);
    } catch {
      // Gone since the listing.
    }
  }
  return seconds;
}

/** From now: what reads the CPU seconds `pid` (`server`) and PostgreSQL (`database`) have used since. */
export function cpuUsedFrom(pid: number): () => { server: number; database: number } {
  const server = cpuSeconds(pid);
  const database = databaseCpuSeconds();
  return () => ({ server: cpuSeconds(pid) - server, database: databaseCpuSeconds() - database });
}

/** Resident memory of the process, in bytes. */
export function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '')) * 1024;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A GraphQL operation over HTTP as `token`'s user, as autocannon sends it. */
export function graphqlRequest(token: string, query: string, variables: Record<string, unknown> = {}): { method: 'POST'; headers: Record<string, string>; body: string } {
  return { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) };
}
