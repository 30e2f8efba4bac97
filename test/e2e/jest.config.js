import { preset } from '../../jest.preset.js';

/** The booted application over HTTP and graphql-ws, against real PostgreSQL. */
export default {
  ...preset,
  displayName: 'e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.js',
  globalTeardown: '<rootDir>/global-teardown.js',
};
