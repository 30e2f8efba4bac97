import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '@renkei/api';
import { AuditSequencer } from '@renkei/audit';
import { AppConfig } from '@renkei/config';
import type { Clock } from '@renkei/kernel';
import { DataSource } from 'typeorm';
import { connectWs, GraphQLHttpClient, type TestWsClient } from './graphql-client.js';
import { createTestDatabase, type SeededTemplate, type TestDatabase } from './test-database.js';

export const TEST_ADMIN = { email: 'admin@test.example', password: 'test-admin-password' } as const;
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** The real application, booted in this process on a free port, on a database of its own. */
export interface TestApp {
  readonly app: INestApplication;
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  readonly httpUrl: string;
  readonly graphqlUrl: string;
  readonly wsUrl: string;
  /** An anonymous HTTP client; `.as(token)` for a signed-in one. */
  readonly http: GraphQLHttpClient;
  ws(token?: string): TestWsClient;
  /** Signs in and returns the token. */
  login(email: string, password: string): Promise<string>;
  /** Links every audit entry appended so far into its chain (what the sequencer does within its interval): for tests that read `audit_events` themselves. */
  auditLinked(): Promise<void>;
  close(): Promise<void>;
}

/** What every test server runs with: its database, the test signing key and the test administrator. */
export function testServerEnvironment(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
    BOOTSTRAP_MUNICIPALITY_NAME: 'Testville',
  };
}

/**
 * `shared`: the database of another test app, for two servers on one database (as two
 * instances, or before and after a configuration change); that app's owner drops it.
 */
export async function startTestApp(env: Readonly<Record<string, string>> = {}, clock?: Clock, shared?: TestDatabase): Promise<TestApp> {
  // The demo is seeded on the real clock; a test that brings its own seeds it on that one.
  const seeded = env['DEMO_DATA'] === 'true' && !clock ? DEMO_TEMPLATE : undefined;
  const database = shared ?? (await createTestDatabase({ seeded }));
  const config = testConfig(database.url, env);
  const app = await createApp(config, clock);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const httpUrl = `http://127.0.0.1:${port}`;
  const http = new GraphQLHttpClient(`${httpUrl}/graphql`);
  const sockets: TestWsClient[] = [];
  return {
    app,
    database,
    dataSource: app.get(DataSource),
    httpUrl,
    graphqlUrl: `${httpUrl}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    http,
    ws: (token) => {
      const socket = connectWs(`ws://127.0.0.1:${port}/graphql`, token);
      sockets.push(socket);
      return socket;
    },
    auditLinked: () => app.get(AuditSequencer).catchUp(),
    login: async (email, password) => {
      const data = await http.data<{ login: { token: string } }>(LOGIN, { email, password });
      return data.login.token;
    },
    close: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await app.close();
      if (!shared) await database.drop();
    },
  };
}

function testConfig(databaseUrl: string, env: Readonly<Record<string, string>>): AppConfig {
  return AppConfig.fromEnvironment({ NODE_ENV: 'test', ...testServerEnvironment(databaseUrl), LOG_LEVEL: 'error', ...env });
}

/**
 * The demo municipality takes many seconds to seed, and dozens of test files start from it:
 * a run seeds it once into a template, by starting the server with demo data on a copy of
 * the migrated one, and each of those files starts from a copy of that (its server's seeder
 * finds the municipality there and does nothing, as on any later start).
 */
const DEMO_TEMPLATE: SeededTemplate = {
  name: 'demo',
  fill: async (url) => {
    const app = await createApp(testConfig(url, { DEMO_DATA: 'true' }));
    await app.init();
    await app.close();
  },
};

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
