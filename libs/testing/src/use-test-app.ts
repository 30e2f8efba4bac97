import { afterAll, beforeAll } from '@jest/globals';
import type { Clock } from '@renkei/kernel';
import { Fixtures } from './fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** What a test file shares: the booted app and fixtures arranged through its API. */
export interface TestAppScope {
  readonly app: TestApp;
  readonly fixtures: Fixtures;
}

/** Boots the app once for the enclosing test file (or describe block) and closes it after. */
export function useTestApp(env: Readonly<Record<string, string>> = {}, clock?: Clock): TestAppScope {
  let app: TestApp | undefined;
  let fixtures: Fixtures | undefined;
  beforeAll(async () => {
    app = await startTestApp(env, clock);
    fixtures = new Fixtures(app);
  });
  afterAll(() => app?.close());
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
