// npm run bench (second part) — throughput and latency of two reads under load, beside a
// plain Node + pg endpoint running the same SQL in the same run, and the SQL statements
// each request costs. Figures are printed, never asserted. Durations and rounds as in
// compare.ts.
import { createApp } from '@renkei/api';
import { AuditSequencer } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import { OutboxRelay } from '@renkei/graphql';
import { DataSource, type Logger } from 'typeorm';
import { compare, comparisonRows, type Figures, printComparison } from './compare.js';
import { databaseUrl, gql, graphqlRequest, onServer, profiled, startProcess } from './harness.js';
import { caseQuery, startSeededServer } from './scenario.js';

const { name, env, server, api, reader, caseId } = await startSeededServer(`renkei_bench_load_${process.pid}`);

const operations = {
  myTasks: '{ myTasks { id title status dueAt } }',
  case: caseQuery(caseId),
} as const;

const actor = { userId: reader.id, municipalityId: '', agencyId: reader.agencyId, sector: 'HOUSING', roles: ['CASEWORKER'] };
const [row] = await (async () => {
  const ds = new DataSource({ type: 'postgres', url: databaseUrl(name) });
  await ds.initialize();
  const rows = await ds.query<{ municipality_id: string }[]>('SELECT municipality_id FROM users WHERE id = $1', [reader.id]);
  await ds.destroy();
  return rows;
})();
actor.municipalityId = row?.municipality_id ?? '';
const plain = await startProcess('dist/bench/plain-server.js', { DATABASE_URL: databaseUrl(name), BENCH_ACTOR: JSON.stringify(actor), BENCH_CASE: caseId }, async (port) => (await fetch(`http://127.0.0.1:${port}/`)).ok);

// Statements per request, counted on an in-process instance of the same application and database.
async function statementsPerRequest(query: string): Promise<number> {
  const app = await createApp(AppConfig.fromEnvironment({ ...env, PORT: '0' }));
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  const dataSource = app.get(DataSource);
  // Only the request's own statements: the relay polls the outboxes and the sequencer links the trail in the background.
  await app.get(OutboxRelay).stop();
  await app.get(AuditSequencer).stop();
  const original = dataSource.logger;
  let count = 0;
  const counting: Logger = { ...original, logQuery: (...args) => { count += 1; original.logQuery(...args); }, logQueryError: (...a) => original.logQueryError(...a), logQuerySlow: (...a) => original.logQuerySlow(...a), logSchemaBuild: (...a) => original.logSchemaBuild(...a), logMigration: (...a) => original.logMigration(...a), log: (...a) => original.log(...a) };
  await gql(url, query, {}, reader.token);
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  await gql(url, query, {}, reader.token);
  Object.defineProperty(dataSource, 'logger', { value: original, configurable: true, writable: true });
  await app.close();
  return count;
}

const rows: string[] = [];
for (const [operation, query] of Object.entries(operations)) {
  const [renkei, base] = (await profiled([server, plain], operation, () => compare([{ url: api, ...graphqlRequest(reader.token, query) }, { url: `http://127.0.0.1:${plain.port}/${operation}` }]))) as [Figures, Figures];
  const statements = await statementsPerRequest(query);
  rows.push(
    ...comparisonRows(
      operation,
      [
        { label: 'renkei (GraphQL, access, audit)', figures: renkei, extra: String(statements) },
        { label: 'plain Node + pg, same SQL', figures: base, extra: operation === 'case' ? '3' : '2' },
      ],
      'ratio renkei / plain',
    ),
  );
}
printComparison('Reads under load (a case with 10 agencies × 12 sections, half consented; 50 tasks)', 'SQL statements / request', rows);
await plain.stop();
await server.stop();
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
process.exit(0);
