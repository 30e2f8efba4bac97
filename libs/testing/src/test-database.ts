import { createHash, randomBytes } from 'node:crypto';
import { ENTITIES, MIGRATIONS } from '@renkei/api';
import { dataSourceOptions } from '@renkei/database';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { isProcessAlive } from '@renkei/kernel';

// Serialises template builds and clones across Jest workers (CREATE DATABASE ... TEMPLATE
// fails while another session uses the template).
const TEMPLATE_LOCK = 7_231_100;

/** A database of its own for one test file, cloned from a template migrated once. */
export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** The server chosen by the e2e global setup: DATABASE_URL, the machine's, or an embedded one. */
export function testServerUrl(): string {
  const url = process.env['RENKEI_TEST_SERVER_URL'];
  if (!url) throw new Error('RENKEI_TEST_SERVER_URL is not set: run the tests through Jest (test/e2e/global-setup.js)');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Data many test files start from, put into a template of its own once per test run (and
 * per day in Japan, as what is seeded is dated from the day it was seeded), on a copy of the
 * migrated template: `fill` writes it into the database at `url`.
 */
export interface SeededTemplate {
  /** Part of the template's name: lower-case letters only. */
  readonly name: string;
  fill(url: string): Promise<void>;
}

/**
 * `migrated: false`: an empty database, as an operator's new one is before its first
 * `migrate:run`. `seeded`: a copy of that seeded template instead of the migrated one.
 */
export async function createTestDatabase({ migrated = true, seeded }: { migrated?: boolean; seeded?: SeededTemplate } = {}): Promise<TestDatabase> {
  const name = `renkei_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServer(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      await dropOrphans(client);
      const migratedTemplate = migrated ? await ensureTemplate(client) : null;
      const template = migratedTemplate && seeded ? await ensureSeededTemplate(client, migratedTemplate, seeded) : migratedTemplate;
      await client.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Runs `work` with a connection to the test server's maintenance database. */
export async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The template's name carries a hash of the migrations, so a changed migration builds a new
// one and an unchanged set is reused across runs.
async function ensureTemplate(client: pg.Client): Promise<string> {
  const digest = createHash('sha256');
  for (const migration of MIGRATIONS) digest.update(migration.name).update(migration.prototype.up.toString());
  const template = `renkei_tpl_${digest.digest('hex').slice(0, 16)}`;
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (rowCount) return template;

  const stale = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'renkei\\_tpl\\_%'`);
  for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  // Built under another name and renamed when complete: a crash leaves no half template.
  const building = `${template}_building`;
  await client.query(`CREATE DATABASE "${building}"`);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(building), ENTITIES, MIGRATIONS));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
  return template;
}

// Named for the run (the Jest process the global set-up ran in), so that a run seeds with its
// own code, and for the day; built under another name and renamed when complete, as above.
async function ensureSeededTemplate(client: pg.Client, migratedTemplate: string, seeded: SeededTemplate): Promise<string> {
  const run = Number(process.env['RENKEI_TEST_RUN'] ?? process.pid);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()).replaceAll('-', '');
  const prefix = `${migratedTemplate}_${seeded.name}_`;
  const template = `${prefix}${run}_${day}`;
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [prefix]);
  if (rows.some((row) => row.datname === template)) return template;

  // Those of runs that have ended, or of another day.
  for (const { datname } of rows) {
    const [runOf, dayOf] = datname.slice(prefix.length).split('_');
    if (dayOf !== day || !isProcessAlive(Number(runOf))) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  const building = `${template}_building`;
  await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${building}" TEMPLATE "${migratedTemplate}"`);
  await seeded.fill(databaseUrl(building));
  // A closed pool's connections end a moment after it resolves; a rename needs them gone.
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [building]);
  await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
  return template;
}

// Databases left by test processes that died before their clean-up ran.
async function dropOrphans(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'renkei\\_t\\_%'`);
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (!isProcessAlive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

