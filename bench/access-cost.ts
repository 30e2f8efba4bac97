// npm run bench (third part) — what authorization costs: the same reads under autocannon
// on the same application twice, with the access policy deciding (on) and with it replaced
// by one that allows everything (off, see access-server.ts). The reader is given consent
// to every category first, so both answer byte for byte the same; the bench checks that.
//   BENCH_SECONDS=10  BENCH_CONNECTIONS=20  BENCH_ROUNDS=3
import autocannon from 'autocannon';
import { gql, onServer, startProcess, type Proc } from './harness.js';
import { CATEGORIES, startSeededServer } from './scenario.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const WARM_UP_SECONDS = 2;

const { name, env, server, api, coordinator, reader, caseId } = await startSeededServer(`renkei_bench_access_${process.pid}`);
const now = Date.now();
await gql(api, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', {
  i: { caseId, method: 'WRITTEN', obtainedAt: new Date(now - 1_000).toISOString(), validFrom: new Date(now - 1_000).toISOString(), provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: CATEGORIES, purposes: ['CASE_COORDINATION'] }] },
}, coordinator.token);
await server.stop();

const operations = {
  myTasks: '{ myTasks { id title status dueAt } }',
  case: `{ case(id: "${caseId}") { id title team { id } summaries { agency { id name } version sections { category body redacted basis } } } }`,
  cases: '{ cases(first: 20) { totalCount edges { node { id title status } } } }',
} as const;

const start = (access: 'on' | 'off') => startProcess('dist/bench/access-server.js', { ...env, BENCH_ACCESS: access }, async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok);
const url = (proc: Proc) => `http://127.0.0.1:${proc.port}/graphql`;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(proc: Proc, query: string, seconds = SECONDS): Promise<Figures> {
  const result = await autocannon({
    url: url(proc),
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${reader.token}` },
    body: JSON.stringify({ query }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const on = await start('on');
const off = await start('off');
// The switch must really be off: a caseworker may not verify the audit chain (an AUDITOR
// or ADMIN may), so only the unchecked server answers.
const refusedWhenOn = await gql(url(on), '{ verifyAuditChain { checked } }', {}, reader.token).then(() => false, () => true);
const allowedWhenOff = await gql(url(off), '{ verifyAuditChain { checked } }', {}, reader.token).then(() => true, () => false);
if (!refusedWhenOn || !allowedWhenOff) throw new Error('The access-off server does not differ from the access-on server');
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const rows: string[] = [];
for (const [operation, query] of Object.entries(operations)) {
  const [answerOn, answerOff] = await Promise.all([on, off].map(async (proc) => JSON.stringify(await gql(url(proc), query, {}, reader.token))));
  const same = answerOn === answerOff ? 'same' : 'DIFFERENT';
  for (const proc of [on, off]) await load(proc, query, WARM_UP_SECONDS);
  // One server loaded at a time, so they never compete for the two cores; rounds alternate
  // which goes first, and the median round is reported, so drift on a shared machine cancels.
  const runs = { on: [] as Figures[], off: [] as Figures[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const access of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) runs[access].push(await load(access === 'on' ? on : off, query));
  }
  const [checked, unchecked] = [runs.on, runs.off].map((figures) => ({
    rps: median(figures.map((f) => f.rps)),
    p50: median(figures.map((f) => f.p50)),
    p99: median(figures.map((f) => f.p99)),
    errors: figures.reduce((sum, f) => sum + f.errors, 0),
  })) as [Figures, Figures];
  rows.push(`| ${operation} | on | ${fmt(checked.rps)} | ${checked.p50} | ${checked.p99} | ${checked.errors} | ${same} |`);
  rows.push(`| ${operation} | off | ${fmt(unchecked.rps)} | ${unchecked.p50} | ${unchecked.p99} | ${unchecked.errors} | |`);
  rows.push(`| ${operation} | ratio on / off | ${fmt(checked.rps / unchecked.rps, 2)}× | ${fmt(checked.p50 / Math.max(unchecked.p50, 1), 2)}× | ${fmt(checked.p99 / Math.max(unchecked.p99, 1), 2)}× | | |`);
}
console.log(`\nAuthorization on vs off: ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${SECONDS} s, same application and data (a case with 10 agencies × 12 sections, all consented; 50 tasks)\n`);
console.log('| operation | authorization | req/s | p50 ms | p99 ms | errors | answers |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const line of rows) console.log(line);
await Promise.all([on.stop(), off.stop()]);
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
process.exit(0);
