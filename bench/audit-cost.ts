// npm run bench — what the audit trail costs the hottest read that provides data: `case` (10
// agencies × 12 sections, each read appending its provision records) on the API, beside the
// same API with the trail's writes switched off (bench/audit-off-server.ts), on the same
// database in the same run. Appends go in unlinked and a sequencer links them off the read's
// path: the target is ≥ 0.9×. Printed, never asserted. Where the difference goes is printed
// too: the CPU per read of the API's process and of PostgreSQL's (its sequencer's pass
// included: it runs in the same process, on the same database), each side counted while it
// alone was loaded.
import { compare, comparisonRows, type Figures, printComparison } from './compare.js';
import { graphqlRequest, onServer, startProcess } from './harness.js';
import { caseQuery, startSeededServer } from './scenario.js';

const { name, env, server, api, reader, caseId } = await startSeededServer(`renkei_bench_audit_${process.pid}`);
const off = await startProcess('dist/bench/audit-off-server.js', env, async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok);
const query = caseQuery(caseId);
const [on, without] = (await compare([
  { url: api, ...graphqlRequest(reader.token, query), pid: server.child.pid },
  { url: `http://127.0.0.1:${off.port}/graphql`, ...graphqlRequest(reader.token, query), pid: off.child.pid },
])) as [Figures, Figures];
const rows = comparisonRows(
  'case',
  [
    { label: 'audit on (appends, sequencer links)', figures: on, extra: '≥ 0.9×' },
    { label: 'audit writes off (bench-only build)', figures: without, extra: '' },
  ],
  'ratio on / off',
);
printComparison('The audit trail’s cost to a read', 'target', rows);
printCpu(on, without);
await off.stop();
await server.stop();
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
process.exit(0);

function printCpu(on: Figures, off: Figures): void {
  const ms = (n = NaN) => n.toFixed(2);
  console.log('\nCPU per read, ms (median round)\n');
  console.log('| process | audit on | audit off | on − off |');
  console.log('| --- | --- | --- | --- |');
  for (const side of ['server', 'database'] as const) {
    console.log(`| ${side === 'server' ? 'API (Node)' : 'PostgreSQL'} | ${ms(on.cpu?.[side])} | ${ms(off.cpu?.[side])} | ${ms((on.cpu?.[side] ?? NaN) - (off.cpu?.[side] ?? NaN))} |`);
  }
}
