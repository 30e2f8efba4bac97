import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, databaseUrl, dropDatabase, freePort, Operations, runServer, startTestApp, testServerUrl, useTestApp, WORKSPACE_ROOT, type Staff, type TestDatabase } from '@renkei/testing';

const run = promisify(execFile);

interface Outcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run backup -- <args>` as docs/operations.md gives it, with exactly `env` (and PATH, HOME for npm). */
async function backup(args: readonly string[], env: Readonly<Record<string, string>>): Promise<Outcome> {
  const options = { cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir(), ...env } };
  return run('npm', ['run', '--silent', 'backup', '--', ...args], options).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** The documented restore (docs/operations.md): createdb from template0, then pg_restore of the custom-format file into it. */
async function restore(file: string): Promise<TestDatabase> {
  // The test-database prefix and this process's id: an interrupted run's copy is dropped as an orphan.
  const name = `renkei_t_${process.pid}_restored`;
  await run('createdb', [`--maintenance-db=${testServerUrl()}`, '--template=template0', '--encoding=UTF8', name]);
  const url = databaseUrl(name);
  await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`, file]);
  return { name, url, drop: () => dropDatabase(name) };
}

const BOOT_TIMEOUT_MS = 180_000;

describe('backup and restore: a custom-format dump restored to a new database serves as the original did', () => {
  const s = useTestApp();
  let directory: string;
  let coordinator: Staff;
  let auditor: Staff;
  let caseId: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'renkei-backup-'));
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    const cases = new CaseFixtures(s.app);
    caseId = await cases.openCase(coordinator.token, '復元確認のケース');
    await cases.writeSummary(coordinator.token, caseId, [DataCategory.BASIC]);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const verifyChain = (http: typeof s.app.http) =>
    http.as(auditor.token).data<{ verifyAuditChain: { ok: boolean; checked: number } }>(Operations.VERIFY_AUDIT_CHAIN).then((d) => d.verifyAuditChain);

  it(
    'backs up with `npm run backup`, restores with pg_restore, and the restored server verifies its audit chain, signs in and reads the case',
    async () => {
      const before = await verifyChain(s.app.http);
      expect(before.ok).toBe(true);

      // The database's URL as a secret file, as an operator hands it over (docs/operations.md).
      const secret = join(directory, 'database_url');
      await writeFile(secret, `${s.app.database.url}\n`, { mode: 0o600 });
      const file = join(directory, 'renkei.dump');
      const made = await backup([file], { DATABASE_URL_FILE: secret });
      expect(made).toMatchObject({ status: 0, stderr: '' });
      expect(made.stdout).toContain(`written to ${file}`);
      // The custom format's signature: what pg_restore reads, unlike a plain SQL script.
      expect((await readFile(file)).subarray(0, 5).toString()).toBe('PGDMP');

      const restored = await restore(file);
      const app = await startTestApp({}, undefined, restored);
      try {
        // The same JWT secret: the auditor's token from before the backup still signs in, and
        // the chain is checked before a sign-in adds to it.
        expect(await verifyChain(app.http)).toMatchObject({ ok: true, checked: before.checked });
        const token = await app.login(coordinator.email, coordinator.password);
        const read = await app.http.as(token).data<{ case: { id: string; title: string } }>(Operations.CASE, { id: caseId });
        expect(read.case).toMatchObject({ id: caseId, title: '復元確認のケース' });
        expect((await verifyChain(app.http)).ok).toBe(true);
      } finally {
        await app.close();
        await restored.drop();
      }
    },
    BOOT_TIMEOUT_MS,
  );
});

describe('the backup command refuses clearly', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'renkei-backup-'));
    // Run as root, the embedded PostgreSQL runs as `postgres`, which must be able to enter it.
    await chmod(directory, 0o755);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('without a file: usage, exit 2', async () => {
    const outcome = await backup([], {});
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('Usage: npm run backup -- <file>');
  });

  it('an existing file is left as it is, exit 1', async () => {
    const file = join(directory, 'earlier.dump');
    await writeFile(file, 'an earlier backup');
    const outcome = await backup([file], { DATABASE_URL: databaseUrl('postgres') });
    expect(outcome).toMatchObject({ status: 1, stdout: '' });
    expect(outcome.stderr).toContain(`${file} exists`);
    expect(await readFile(file, 'utf8')).toBe('an earlier backup');
  });

  it('without DATABASE_URL: backs up the embedded database of a running `npm start` with the machine\'s pg_dump', async () => {
    const file = join(directory, 'embedded-running.dump');
    const env = { EMBEDDED_DB_DIR: join(directory, 'embedded'), EMBEDDED_DB_PORT: String(await freePort()) };
    const server = runServer({ PORT: String(await freePort()), ...env, LOG_LEVEL: 'warn' });
    try {
      await server.healthy();
      const outcome = await backup([file], env);
      expect(outcome).toMatchObject({ status: 0, stderr: '' });
      expect(outcome.stdout).toContain('the embedded database');
      // A custom-format dump starts with its magic bytes.
      expect((await readFile(file)).subarray(0, 5).toString()).toBe('PGDMP');
    } finally {
      await server.stop();
    }
  }, BOOT_TIMEOUT_MS);

  it('without DATABASE_URL and no embedded server running: says to start it, exit 1, no file', async () => {
    const file = join(directory, 'embedded.dump');
    const port = await freePort();
    const outcome = await backup([file], { EMBEDDED_DB_PORT: String(port), EMBEDDED_DB_DIR: join(directory, 'postgres') });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain(`Cannot reach the embedded database (renkei on 127.0.0.1:${port}`);
    expect(outcome.stderr).toContain('start it (npm start)');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('a configuration problem is named, exit 1', async () => {
    const outcome = await backup([join(directory, 'x.dump')], { DATABASE_URL_FILE: join(directory, 'missing-secret') });
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain('DATABASE_URL_FILE: cannot read');
  });
});
