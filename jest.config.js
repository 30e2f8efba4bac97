// One Jest run over every project, so `npm test` ends with a single summary.
/** @type {import('jest').Config} */
export default {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js', '<rootDir>/test/*/jest.config.js'],
  reporters: ['default', '<rootDir>/tools/jest-summary-reporter.js'],
  // End-to-end set-ups boot an application and arrange data over HTTP.
  testTimeout: 30_000,
  // A worker keeps what each file loaded (every file boots the application in a VM context of
  // its own, and those are not all freed): its heap grew by 50–100 MB a file, and over a full
  // run both workers came to the 4 GB limit of Node's heap, where a process spends its time
  // collecting garbage. Past 1 GB after a file, the worker is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
};
