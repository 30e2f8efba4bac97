// Throughput and latency of several systems under the same autocannon load, for the
// benchmarks that print ratios. One system is loaded at a time, so they never compete for
// the cores; each is warmed first; rounds alternate which goes first and the median round
// is reported, so drift on a shared machine cancels rather than favouring one side.
//   BENCH_SECONDS=10  BENCH_CONNECTIONS=20  BENCH_ROUNDS=3  BENCH_WARM_UP_SECONDS=2
import autocannon from 'autocannon';
import { cpuUsedFrom } from './harness.js';

export const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
export const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
export const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const WARM_UP_SECONDS = Number(process.env['BENCH_WARM_UP_SECONDS'] ?? 2);

/** One system's request, as autocannon sends it. */
export interface Target {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The process that serves it: given, its CPU and PostgreSQL's are counted per request. */
  pid?: number;
}

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU per request in ms, of the target's process and of PostgreSQL (for a target with a `pid`). */
  cpu?: { server: number; database: number };
}

async function load({ pid, ...target }: Target, seconds: number): Promise<Figures> {
  const used = pid === undefined ? null : cpuUsedFrom(pid);
  const result = await autocannon({ ...target, connections: CONNECTIONS, duration: seconds });
  const figures: Figures = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
  if (!used) return figures;
  const { server, database } = used();
  const perRequest = (cpu: number) => (cpu * 1000) / Math.max(result.requests.total, 1);
  return { ...figures, cpu: { server: perRequest(server), database: perRequest(database) } };
}

/** The middle value (of an odd count; the upper middle of an even one). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The median figures of each target (errors summed over the rounds), in the targets' order. */
export async function compare(targets: readonly Target[]): Promise<Figures[]> {
  for (const target of targets) await load(target, WARM_UP_SECONDS);
  const runs = targets.map((): Figures[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    const order = targets.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) runs[i]?.push(await load(targets[i] as Target, SECONDS));
  }
  return runs.map((figures) => ({
    rps: median(figures.map((f) => f.rps)),
    p50: median(figures.map((f) => f.p50)),
    p99: median(figures.map((f) => f.p99)),
    errors: figures.reduce((sum, f) => sum + f.errors, 0),
    ...(figures[0]?.cpu && { cpu: { server: median(figures.map((f) => f.cpu?.server ?? NaN)), database: median(figures.map((f) => f.cpu?.database ?? NaN)) } }),
  }));
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** A titled Markdown table of comparison rows (see {@link comparisonRows}), whose last column is `extra`. */
export function printComparison(title: string, extra: string, rows: readonly string[]): void {
  console.log(`\n${title}: ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${SECONDS} s\n`);
  console.log(`| operation | system | req/s | p50 ms | p99 ms | errors | ${extra} |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const line of rows) console.log(line);
}

/** Markdown rows: one a system (with `extra` cells), then the ratio of the first to the second. */
export function comparisonRows(operation: string, systems: readonly { label: string; figures: Figures; extra: string }[], ratioLabel: string): string[] {
  const [a, b] = systems.map((s) => s.figures) as [Figures, Figures];
  return [
    ...systems.map(({ label, figures: f, extra }) => `| ${operation} | ${label} | ${fmt(f.rps)} | ${f.p50} | ${f.p99} | ${f.errors} | ${extra} |`),
    `| ${operation} | ${ratioLabel} | ${fmt(a.rps / b.rps, 2)}× | ${fmt(a.p50 / Math.max(b.p50, 1), 2)}× | ${fmt(a.p99 / Math.max(b.p99, 1), 2)}× | | |`,
  ];
}
