// `npm run bench` must keep working: each benchmark runs here once at a token size, and
// what it prints is checked for correctness (no failed request, the same answers with
// authorization on and off, a live-heap reading), never for speed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { testServerUrl } from '@renkei/testing';

// BENCH_NODE_ENV=test: the servers hash passwords at argon2's least cost (the fan-out's five
// deployments sign in a score of users each; at the standard cost that alone took 110 s).
const SMALL = { BENCH_NODE_ENV: 'test', BENCH_SECONDS: '1', BENCH_ROUNDS: '1', BENCH_WARM_UP_SECONDS: '1', BENCH_CONNECTIONS: '4', BENCH_SUBSCRIBERS: '10', BENCH_EVENTS: '2', BENCH_IDLE: '20', BENCH_CAPACITY: '30', BENCH_MIXED_SECONDS: '3', BENCH_MIXED_CONNECTIONS: '4', BENCH_RESOURCES: '200', BENCH_SEARCHES: '7', BENCH_CASES: '200', BENCH_TASKS: '2000', BENCH_REPORTS: '2', BENCH_APPENDS: '200' };

// A benchmark still running after this is stopped with its servers; each test's own budget is
// longer, so that it fails with what the benchmark printed, never cut off unheard.
const LIMIT_MS = 200_000;
const BUDGET_MS = LIMIT_MS + 30_000;

/** What the benchmark printed; a failure's message is its exit and everything it printed. */
function benchmarkOutput(name: string): Promise<string> {
  const script = fileURLToPath(new URL(`../../dist/bench/${name}.js`, import.meta.url));
  const env = { PATH: process.env['PATH'] ?? '', DATABASE_URL: testServerUrl(), REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', ...SMALL };
  // Its own process group, so that stopping it stops the servers it started too.
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const limit = setTimeout(() => {
    output += `\n[still running after ${LIMIT_MS / 1000} s: stopped]`;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, LIMIT_MS);
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      clearTimeout(limit);
      if (code === 0) resolve(output);
      else reject(new Error(`${name} exited with ${code ?? 'a signal'}:\n${output}`));
    }),
  );
}

/** The cells of the printed Markdown rows whose first cell is `first`. */
function rows(output: string, first: string): string[][] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(`| ${first} |`))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('the benchmarks (npm run bench), at a token size', () => {
  it('task fan-out reaches every subscriber on one process, on two with Redis, and on bare ws', async () => {
    const output = await benchmarkOutput('task-fanout');
    const systems = rows(output, 'renkei taskEvents, 1 process').concat(rows(output, 'renkei taskEvents, 2 processes + Redis'), rows(output, 'bare ws broadcast'));
    // subscribers × events deliveries each.
    expect(systems.map((cells) => cells[2])).toEqual(['20', '20', '20']);
    // Addressed delivery with few and with many idle subscribers, and every subscriber of the capacity check served.
    expect(rows(output, '10').concat(rows(output, '20')).map((cells) => cells[1])).toEqual(['20', '20']);
    expect(rows(output, '30 subscribers on one process').map((cells) => [cells[1], cells[3]])).toEqual([['30 connected, 30 delivered, 0 errors', 'met']]);
  }, BUDGET_MS);

  it('reads under load answer without errors, beside the plain endpoint, with statement counts', async () => {
    const output = await benchmarkOutput('api-load');
    const measured = rows(output, 'myTasks').concat(rows(output, 'case')).filter((cells) => !cells[1]?.startsWith('ratio'));
    expect(measured).toHaveLength(4);
    expect(measured.map((cells) => [cells[5], cells[6]])).toEqual([['0', '2'], ['0', '2'], ['0', '5'], ['0', '3']]);
  }, BUDGET_MS);

  it('case reads answer without errors with the audit trail’s writes on and off', async () => {
    const output = await benchmarkOutput('audit-cost');
    const measured = rows(output, 'case').filter((cells) => !cells[1]?.startsWith('ratio'));
    expect(measured.map((cells) => [cells[1], cells[5]])).toEqual([['audit on (appends, sequencer links)', '0'], ['audit writes off (bench-only build)', '0']]);
    // Where the difference goes: each process's CPU per read, a number for both systems.
    const cpu = rows(output, 'API (Node)').concat(rows(output, 'PostgreSQL'));
    expect(cpu.flatMap((cells) => cells.slice(1, 4)).every((cell) => Number.isFinite(Number(cell)))).toBe(true);
    expect(cpu).toHaveLength(2);
  }, BUDGET_MS);

  it('counts the audit trail’s appends and their linking alone, per append', async () => {
    const output = await benchmarkOutput('audit-path');
    const phases = rows(output, 'append (the read’s path)').concat(rows(output, 'link (the sequencer, off the path)'));
    expect(phases).toHaveLength(2);
    // /proc counts CPU in hundredths of a second: at this size a figure may be 0, never missing.
    for (const cells of phases) expect(cells.slice(1).every((cell) => Number.isFinite(Number(cell)))).toBe(true);
  }, BUDGET_MS);

  it('authorization on and off give the same answers, and the off server really allows everything', async () => {
    const output = await benchmarkOutput('access-cost');
    const on = ['myTasks', 'case', 'cases'].flatMap((operation) => rows(output, operation)).filter((cells) => cells[1] === 'on');
    expect(on.map((cells) => [cells[0], cells[5], cells[6]])).toEqual([['myTasks', '0', 'same'], ['case', '0', 'same'], ['cases', '0', 'same']]);
  }, BUDGET_MS);

  it('the mixed load has no errors of any kind and reads the live heap', async () => {
    const output = await benchmarkOutput('mixed-load');
    const [summary] = output.split('\n').filter((line) => /^\| \d+ \|/.test(line)).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    expect(summary?.slice(4, 7)).toEqual(['0', '0', '0']);
    expect(rows(output, 'after the load')).toHaveLength(1);
  }, BUDGET_MS);

  it('imports a directory and times each of its searches', async () => {
    const output = await benchmarkOutput('resource-search');
    // | query | matches | p50 ms | p95 ms | target | met |: a count and two timings per query.
    const measured = output.split('\n').filter((line) => /^\| .+ \| \d+ \| [\d.]+ \| [\d.]+ \|/.test(line));
    expect(measured.length).toBeGreaterThanOrEqual(5);
  }, BUDGET_MS);

  it('indicators of a generated year count every case, and print the heaviest statement’s plan', async () => {
    const output = await benchmarkOutput('indicators');
    // | query | intakes | p50 ms | max ms | target | met |: every generated case is an intake of the year.
    expect(rows(output, 'indicatorReport (year, municipality)').map((cells) => cells[1])).toEqual(['200']);
    expect(output).toMatch(/EXPLAIN \(ANALYZE\) of [A-Z0-9_]+ for one month — index used/);
  }, BUDGET_MS);

  it('weighs the first load of the login and task pages from the production build', async () => {
    const output = await benchmarkOutput('web-size');
    const pages = rows(output, 'ログイン (/login)').concat(rows(output, 'マイタスク (/)'));
    expect(pages).toHaveLength(2);
    for (const cells of pages) expect(Number(cells[1])).toBeGreaterThan(0);
  });
});
