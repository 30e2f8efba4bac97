import type { INestApplication } from '@nestjs/common';
import { createApp } from '@renkei/api';
import { AppConfig } from '@renkei/config';
import { OutboxRelay } from '@renkei/graphql';
import { ADMIN, gql, METRICS_TOKEN, onServer, serverEnvironment } from './harness.js';

export interface InProcessApp {
  readonly app: INestApplication;
  /** The GraphQL endpoint over HTTP. */
  readonly url: string;
  /** The bootstrap administrator's token. */
  readonly token: string;
  /** Closes the app and drops its scratch database. */
  close(): Promise<void>;
}

/**
 * The API in this process on a scratch database `name`, with the bootstrap administrator signed
 * in: for the benches that write their records straight through the app's services or SQL.
 * The outbox relay is stopped, so that no event traffic runs beside what is measured.
 */
export async function startInProcessApp(name: string): Promise<InProcessApp> {
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${name}"`);
  const env = { ...serverEnvironment(name), RATE_LIMIT_EXPENSIVE_PER_MINUTE: '100000', METRICS_TOKEN };
  const app = await createApp(AppConfig.fromEnvironment({ ...env, PORT: '0' }));
  await app.listen(0, '127.0.0.1');
  await app.get(OutboxRelay).stop();
  const url = `http://127.0.0.1:${(app.getHttpServer() as { address(): { port: number } }).address().port}/graphql`;
  const token = (await gql<{ login: { token: string } }>(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password })).login.token;
  return {
    app,
    url,
    token,
    async close() {
      await app.close();
      await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
