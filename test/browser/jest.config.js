import { preset } from '../../jest.preset.js';

/** The web client in Debian's Chromium (playwright-core) against the real server on real PostgreSQL. */
export default {
  ...preset,
  displayName: 'browser',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/../e2e/global-setup.js',
  globalTeardown: '<rootDir>/../e2e/global-teardown.js',
};
