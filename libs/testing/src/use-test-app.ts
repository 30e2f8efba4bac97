import { afterAll, beforeAll } from '@jest/globals';
import pg from 'pg';
import type { Clock } from '@renkei/kernel';
import { Fixtures } from './fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** What a test file shares: the booted app and fixtures arranged through its API. */
export interface TestAppScope {
  readonly app: TestApp;
  readonly fixtures: Fixtures;
}

// A boot is a database clone, migrations' check and Nest's wiring: seconds, but on a loaded
// two-core machine it has taken longer than a test's default 30 s (for a file that boots with
// startTestApp itself, its beforeAll's timeout).
export const BOOT_TIMEOUT_MS = 180_000;

// A query sent on a connection while another is queued on it (a Promise.all inside a
// transaction, whose queries share its one connection): pg 8 queues it and warns only the
// first time, and pg 9 will refuse it. Noted here, on pg's own condition, for every query of
// the file's server (Jest gives each file its own pg), so that each such read fails its file.
interface QueuingClient {
  readonly _queryQueue?: readonly unknown[];
  readonly pipeline?: boolean;
}

function noteConcurrentQueries(noted: string[]): () => void {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client & QueuingClient, ...args: unknown[]) {
    if ((this._queryQueue?.length ?? 0) > 0 && !this.pipeline) noted.push(new Error('A query sent while another was queued on its connection').stack ?? '');
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return () => (pg.Client.prototype.query = query);
}

/**
 * Boots the app once for the enclosing test file (or describe block) and closes it after.
 * The file fails if its server sent a query on a connection busy with another.
 */
export function useTestApp(env: Readonly<Record<string, string>> = {}, clock?: Clock): TestAppScope {
  let app: TestApp | undefined;
  let fixtures: Fixtures | undefined;
  let booting: Promise<TestApp> | undefined;
  const concurrentQueries: string[] = [];
  let restoreQuery = (): void => undefined;
  beforeAll(async () => {
    restoreQuery = noteConcurrentQueries(concurrentQueries);
    booting = startTestApp(env, clock);
    app = await booting;
    fixtures = new Fixtures(app);
  }, BOOT_TIMEOUT_MS);
  // Waits for a boot that outlived its hook, so a late app is closed too instead of holding
  // the test process open with its pool and timers.
  afterAll(async () => {
    const booted = await booting?.catch(() => undefined);
    await booted?.close();
    restoreQuery();
    if (concurrentQueries.length > 0) throw new Error(`A query was sent on a connection still busy with another:\n${concurrentQueries[0]}`);
  }, BOOT_TIMEOUT_MS);
  const booted = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestApp: the app is used before beforeAll has booted it');
    return value;
  };
  return {
    get app() {
      return booted(app);
    },
    get fixtures() {
      return booted(fixtures);
    },
  };
}
