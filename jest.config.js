// One Jest run over every project, so `npm test` ends with a single summary.
/** @type {import('jest').Config} */
export default {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js', '<rootDir>/test/*/jest.config.js'],
  reporters: ['default', '<rootDir>/tools/jest-summary-reporter.js'],
  // End-to-end set-ups boot an application and arrange data over HTTP.
  testTimeout: 30_000,
};
