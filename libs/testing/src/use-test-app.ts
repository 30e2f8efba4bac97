import { afterAll, beforeAll } from '@jest/globals';
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

/** Boots the app once for the enclosing test file (or describe block) and closes it after. */
export function useTestApp(env: Readonly<Record<string, string>> = {}, clock?: Clock): TestAppScope {
  let app: TestApp | undefined;
  let fixtures: Fixtures | undefined;
  let booting: Promise<TestApp> | undefined;
  beforeAll(async () => {
    booting = startTestApp(env, clock);
    app = await booting;
    fixtures = new Fixtures(app);
  }, BOOT_TIMEOUT_MS);
  // Waits for a boot that outlived its hook, so a late app is closed too instead of holding
  // the test process open with its pool and timers.
  afterAll(async () => {
    const booted = await booting?.catch(() => undefined);
    await booted?.close();
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
