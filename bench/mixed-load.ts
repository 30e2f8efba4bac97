// npm run bench (fourth part) — a mixed load for minutes: 50 clients cycling through reads
// (myTasks, a case with its summaries, me, cases) and writes (task comments, summary
// versions), counting errors and watching the API process's memory: its RSS, and every
// minute its live heap after a full collection (through the inspector), which levels off
// unless something leaks. Figures are printed, and what the server's /metrics show.
//   BENCH_MIXED_SECONDS=300  BENCH_MIXED_CONNECTIONS=50
//   BENCH_HEAP_SNAPSHOTS=<dir>  also writes heap snapshots before and after the load
import { join } from 'node:path';
import autocannon from 'autocannon';
import { graphqlRequest, onServer, rssBytes, sleep } from './harness.js';
import { Inspector, type LiveMemory } from './inspector.js';
import { printMetricsSummary } from './metrics-summary.js';
import { startSeededServer } from './scenario.js';

const SECONDS = Number(process.env['BENCH_MIXED_SECONDS'] ?? 300);
const CONNECTIONS = Number(process.env['BENCH_MIXED_CONNECTIONS'] ?? 50);
const SAMPLE_MS = 5_000;
const HEAP_SAMPLE_MS = 60_000;
const SNAPSHOTS = process.env['BENCH_HEAP_SNAPSHOTS'];

const { name, server, api, coordinator, reader, author, caseId, taskIds } = await startSeededServer(`renkei_bench_mixed_${process.pid}`);
const pid = server.child.pid as number;
const probe = await Inspector.attach(server.inspectorPort);
const requests = [
  graphqlRequest(reader.token, 'query MyTasks { myTasks { id title status dueAt } }'),
  graphqlRequest(reader.token, `query CaseWithSummaries { case(id: "${caseId}") { id summaries { agency { id } sections { category body redacted basis } } } }`),
  graphqlRequest(coordinator.token, 'mutation CommentOnTask($id: ID!) { commentOnTask(id: $id, text: "mixed load") { id } }', { id: taskIds[0] }),
  graphqlRequest(author.token, 'mutation UpsertSummary($c: ID!) { upsertCaseSummary(caseId: $c, sections: [{ category: HEALTH, body: "mixed load version" }]) { version } }', { c: caseId }),
  graphqlRequest(reader.token, 'query MeAndAgencies { me { id agency { name } } agencies { id } }'),
  graphqlRequest(coordinator.token, `query Cases { cases(first: 20) { totalCount edges { node { id title status } } } }`),
];

let graphqlErrors = 0;
const heap: { label: string; memory: LiveMemory }[] = [{ label: 'before the load', memory: await probe.liveMemory() }];
if (SNAPSHOTS) await probe.snapshot(join(SNAPSHOTS, 'before.heapsnapshot'));
const samples: number[] = [rssBytes(pid)];
const sampler = setInterval(() => samples.push(rssBytes(pid)), SAMPLE_MS);
const heapSampler = setInterval(() => void probe.liveMemory().then((memory) => heap.push({ label: `after ${heap.length} min`, memory })), HEAP_SAMPLE_MS);
const result = await autocannon({
  url: api,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: requests.map((request) => ({
    ...request,
    onResponse: (_status: number, body: string) => {
      if (body.includes('"errors"')) graphqlErrors += 1;
    },
  })),
});
clearInterval(sampler);
clearInterval(heapSampler);
await sleep(1_000);
samples.push(rssBytes(pid));
heap.push({ label: 'after the load', memory: await probe.liveMemory() });
if (SNAPSHOTS) await probe.snapshot(join(SNAPSHOTS, 'after.heapsnapshot'));
probe.close();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`\nMixed load: ${CONNECTIONS} clients for ${SECONDS} s (reads and writes in turn)\n`);
console.log('| requests | req/s | p50 ms | p99 ms | transport errors | non-2xx | GraphQL errors | RSS start MiB | RSS end MiB | RSS max MiB |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${result.requests.total} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors} | ${result.non2xx} | ${graphqlErrors} | ${mb(samples[0] ?? 0)} | ${mb(samples.at(-1) ?? 0)} | ${mb(Math.max(...samples))} |`,
);
console.log('\n| when | RSS MiB | V8 heap total MiB | live heap after a full GC MiB | external MiB |');
console.log('| --- | --- | --- | --- | --- |');
for (const { label, memory } of heap) console.log(`| ${label} | ${mb(memory.rss)} | ${mb(memory.heapTotal)} | ${mb(memory.heapUsed)} | ${mb(memory.external)} |`);
await printMetricsSummary(`http://127.0.0.1:${server.port}`);
await server.stop();
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
process.exit(0);
