// npm run bench (second part) — throughput and latency of two reads under load, beside a
// plain Node + pg endpoint running the same SQL in the same run, and the SQL statements
// each request costs. Figures are printed, never asserted.
//   BENCH_SECONDS=10  BENCH_CONNECTIONS=20
import autocannon from 'autocannon';
import { createApp } from '@renkei/api';
import { AppConfig } from '@renkei/config';
import { OutboxRelay } from '@renkei/graphql';
import { DataSource, type Logger } from 'typeorm';
import { ADMIN, databaseUrl, gql, JWT_SECRET, onServer, startProcess } from './harness.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const CATEGORIES = ['BASIC', 'HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'DISABILITY', 'FINANCES', 'EMPLOYMENT', 'LEGAL', 'EDUCATION', 'FAMILY', 'CARE_NEEDS', 'SAFEGUARDING'];

const name = `renkei_bench_load_${process.pid}`;
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await onServer(`CREATE DATABASE "${name}"`);
const env = { NODE_ENV: 'production', DATABASE_URL: databaseUrl(name), JWT_SECRET, BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'warn', RATE_LIMIT_EXPENSIVE_PER_MINUTE: '100000' };
const server = await startProcess('dist/apps/api/src/main.js', env, async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok);
const api = `http://127.0.0.1:${server.port}/graphql`;

// A case with 10 contributing agencies × 12 sections, half of them consented to the reader, and 50 tasks.
const admin = (await gql<{ login: { token: string } }>(api, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password })).login.token;
const agency = async (n: string, sector: string) => (await gql<{ createAgency: { id: string } }>(api, 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: n, sector } }, admin)).createAgency.id;
const user = async (email: string, agencyId: string, role: string) => {
  const { createUser } = await gql<{ createUser: { id: string } }>(api, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email, displayName: email, password: 'bench-password-1', agencyId, roles: [role] } }, admin);
  const token = (await gql<{ login: { token: string } }>(api, 'mutation($e: String!) { login(email: $e, password: "bench-password-1") { token } }', { e: email })).login.token;
  return { id: createUser.id, agencyId, token };
};
const coordinator = await user('coordinator@bench.example', await agency('Coordination', 'WELFARE'), 'COORDINATOR');
const reader = await user('reader@bench.example', await agency('Housing', 'HOUSING'), 'CASEWORKER');
const subject = { fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ', birthDate: '1968-04-01', address: '桜市' };
const caseId = (await gql<{ openCase: { id: string } }>(api, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', { i: { title: 'bench', subject } }, coordinator.token)).openCase.id;
const addTeam = (agencyId: string) => gql(api, 'mutation($c: ID!, $a: ID!) { addCaseTeamMember(caseId: $c, agencyId: $a) { id } }', { c: caseId, a: agencyId }, coordinator.token);
await addTeam(reader.agencyId);
for (let i = 0; i < 10; i++) {
  const author = await user(`author${i}@bench.example`, await agency(`Health ${i}`, 'HEALTH'), 'CASEWORKER');
  await addTeam(author.agencyId);
  await gql(api, 'mutation($c: ID!, $s: [SummarySectionInput!]!) { upsertCaseSummary(caseId: $c, sections: $s) { version } }', { c: caseId, s: CATEGORIES.map((category) => ({ category, body: `${category} notes `.repeat(20) })) }, author.token);
}
const now = Date.now();
await gql(api, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', {
  i: { caseId, method: 'WRITTEN', obtainedAt: new Date(now - 60_000).toISOString(), validFrom: new Date(now - 60_000).toISOString(), provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: CATEGORIES.slice(0, 6), purposes: ['CASE_COORDINATION'] }] },
}, coordinator.token);
for (let i = 0; i < 50; i++) {
  await gql(api, 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }', { i: { caseId, title: `task ${i}`, assigneeAgencyId: reader.agencyId, dueAt: new Date(now + i * 3_600_000).toISOString() } }, coordinator.token);
}

const operations = {
  myTasks: '{ myTasks { id title status dueAt } }',
  case: `{ case(id: "${caseId}") { id title team { id } summaries { agency { id name } version sections { category body redacted basis } } } }`,
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

async function load(url: string, body?: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json', authorization: `Bearer ${reader.token}` } : {},
    ...(body ? { body } : {}),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// Statements per request, counted on an in-process instance of the same application and database.
async function statementsPerRequest(query: string): Promise<number> {
  const app = await createApp(AppConfig.fromEnvironment({ ...env, PORT: '0' }));
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  const dataSource = app.get(DataSource);
  // Only the request's own statements: the relay polls the outboxes in the background.
  await app.get(OutboxRelay).stop();
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

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const rows: string[] = [];
for (const [operation, query] of Object.entries(operations)) {
  const ours = await load(api, JSON.stringify({ query }));
  const base = await load(`http://127.0.0.1:${plain.port}/${operation}`);
  const statements = await statementsPerRequest(query);
  const plainStatements = operation === 'case' ? 3 : 2;
  rows.push(`| ${operation} | renkei (GraphQL, access, audit) | ${fmt(ours.rps)} | ${ours.p50} | ${ours.p99} | ${ours.errors} | ${statements} |`);
  rows.push(`| ${operation} | plain Node + pg, same SQL | ${fmt(base.rps)} | ${base.p50} | ${base.p99} | ${base.errors} | ${plainStatements} |`);
  rows.push(`| ${operation} | ratio renkei / plain | ${fmt(ours.rps / base.rps, 2)}× | ${fmt(ours.p50 / Math.max(base.p50, 1), 2)}× | ${fmt(ours.p99 / Math.max(base.p99, 1), 2)}× | | |`);
}
console.log(`\nReads under load: ${CONNECTIONS} connections for ${SECONDS} s each (a case with 10 agencies × 12 sections, half consented; 50 tasks)\n`);
console.log('| operation | system | req/s | p50 ms | p99 ms | errors | SQL statements / request |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const line of rows) console.log(line);
await plain.stop();
await server.stop();
await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
process.exit(0);
