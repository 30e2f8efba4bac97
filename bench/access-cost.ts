// npm run bench (third part) — what authorization costs: the same reads under autocannon
// on the same application twice, with the access policy deciding (on) and with it replaced
// by one that allows everything (off, see access-server.ts). The reader is given consent
// to every category first, so both answer byte for byte the same; the bench checks that.
// Durations and rounds as in compare.ts.
import { compare, comparisonRows, CONNECTIONS, type Figures, ROUNDS, SECONDS } from './compare.js';
import { gql, graphqlRequest, onServer, startProcess, type Proc } from './harness.js';
import { CATEGORIES, caseQuery, startSeededServer } from './scenario.js';

const { name, env, server, api, coordinator, reader, caseId } = await startSeededServer(`renkei_bench_access_${process.pid}`);
const now = Date.now();
await gql(api, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', {
  i: { caseId, method: 'WRITTEN', obtainedAt: new Date(now - 1_000).toISOString(), validFrom: new Date(now - 1_000).toISOString(), provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: CATEGORIES, purposes: ['CASE_COORDINATION'] }] },
}, coordinator.token);
await server.stop();

const operations = {
  myTasks: '{ myTasks { id title status dueAt } }',
  case: caseQuery(caseId),
  cases: '{ cases(first: 20) { totalCount edges { node { id title status } } } }',
} as const;

const start = (access: 'on' | 'off') => startProcess('dist/bench/access-server.js', { ...env, BENCH_ACCESS: access }, async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok);
const url = (proc: Proc) => `http://127.0.0.1:${proc.port}/graphql`;

const on = await start('on');
const off = await start('off');
// The switch must really be off: a caseworker may not verify the audit chain (an AUDITOR
// or ADMIN may), so only the unchecked server answers.
const refusedWhenOn = await gql(url(on), '{ verifyAuditChain { checked } }', {}, reader.token).then(() => false, () => true);
const allowedWhenOff = await gql(url(off), '{ verifyAuditChain { checked } }', {}, reader.token).then(() => true, () => false);
if (!refusedWhenOn || !allowedWhenOff) throw new Error('The access-off server does not differ from the access-on server');
const rows: string[] = [];
for (const [operation, query] of Object.entries(operations)) {
  const [answerOn, answerOff] = await Promise.all([on, off].map(async (proc) => JSON.stringify(await gql(url(proc), query, {}, reader.token))));
  const [checked, unchecked] = (await compare([on, off].map((proc) => ({ url: url(proc), ...graphqlRequest(reader.token, query) })))) as [Figures, Figures];
  rows.push(...comparisonRows(operation, [{ label: 'on', figures: checked, extra: answerOn === answerOff ? 'same' : 'DIFFERENT' }, { label: 'off', figures: unchecked, extra: '' }], 'ratio on / off'));
}
console.log(`\nAuthorization on vs off: ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${SECONDS} s, same application and data (a case with 10 agencies × 12 sections, all consented; 50 tasks)\n`);
console.log('| operation | authorization | req/s | p50 ms | p99 ms | errors | answers |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const line of rows) console.log(line);
await Promise.all([on.stop(), off.stop()]);
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
process.exit(0);
