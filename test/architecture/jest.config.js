import { preset } from '../../jest.preset.js';

/** Rules about the code itself, checked by running the project's own tools on probes, and about the migrated schema. */
export default {
  ...preset,
  displayName: 'architecture',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60_000,
  // The schema test migrates a scratch database on the server the end-to-end tests choose.
  globalSetup: '<rootDir>/../e2e/global-setup.js',
  globalTeardown: '<rootDir>/../e2e/global-teardown.js',
};
