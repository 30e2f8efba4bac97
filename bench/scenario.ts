// The data the load benchmarks read and write: a case with 10 contributing agencies × 12
// sections, half of them consented to the reader (a housing caseworker), and 50 tasks.
import { ADMIN, gql, METRICS_TOKEN, onServer, serverEnvironment, startProcess, type Proc } from './harness.js';

export const CATEGORIES = ['BASIC', 'HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'DISABILITY', 'FINANCES', 'EMPLOYMENT', 'LEGAL', 'EDUCATION', 'FAMILY', 'CARE_NEEDS', 'SAFEGUARDING'];

/** The read of the scenario's case every load bench sends: its team and every agency's summary. */
export const caseQuery = (caseId: string) => `{ case(id: "${caseId}") { id title team { id } summaries { agency { id name } version sections { category body redacted basis } } } }`;

export interface Person {
  id: string;
  agencyId: string;
  token: string;
}

export interface Scenario {
  name: string;
  env: Record<string, string>;
  server: Proc;
  api: string;
  coordinator: Person;
  reader: Person;
  author: Person;
  caseId: string;
  taskIds: string[];
}

/**
 * A scratch database, the API on it (production mode, no per-user read limit), and the
 * scenario.
 */
export async function startSeededServer(name: string): Promise<Scenario> {
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${name}"`);
  const env = { ...serverEnvironment(name), RATE_LIMIT_EXPENSIVE_PER_MINUTE: '100000', METRICS_TOKEN };
  const server = await startProcess('dist/apps/api/src/main.js', env, async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok);
  const api = `http://127.0.0.1:${server.port}/graphql`;
  const admin = (await gql<{ login: { token: string } }>(api, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password })).login.token;
  const agency = async (n: string, sector: string) => (await gql<{ createAgency: { id: string } }>(api, 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: n, sector } }, admin)).createAgency.id;
  const user = async (email: string, agencyId: string, role: string): Promise<Person> => {
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
  let author = reader;
  for (let i = 0; i < 10; i++) {
    author = await user(`author${i}@bench.example`, await agency(`Health ${i}`, 'HEALTH'), 'CASEWORKER');
    await addTeam(author.agencyId);
    await gql(api, 'mutation($c: ID!, $s: [SummarySectionInput!]!) { upsertCaseSummary(caseId: $c, sections: $s) { version } }', { c: caseId, s: CATEGORIES.map((category) => ({ category, body: `${category} notes `.repeat(20) })) }, author.token);
  }
  const now = Date.now();
  await gql(api, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', {
    i: { caseId, method: 'WRITTEN', obtainedAt: new Date(now - 60_000).toISOString(), validFrom: new Date(now - 60_000).toISOString(), provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: CATEGORIES.slice(0, 6), purposes: ['CASE_COORDINATION'] }] },
  }, coordinator.token);
  const taskIds: string[] = [];
  for (let i = 0; i < 50; i++) {
    const { assignTask } = await gql<{ assignTask: { id: string } }>(api, 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }', { i: { caseId, title: `task ${i}`, assigneeAgencyId: reader.agencyId, dueAt: new Date(now + i * 3_600_000).toISOString() } }, coordinator.token);
    taskIds.push(assignTask.id);
  }
  return { name, env, server, api, coordinator, reader, author, caseId, taskIds };
}
