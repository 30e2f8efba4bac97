export { CaseFixtures, SUBJECT, type ConsentSpec, type ProvisionSpec } from './case-fixtures.js';
export { Fixtures, type Staff } from './fixtures.js';
export { connectWs, GraphQLHttpClient, type GraphQLErrorBody, type GraphQLResponse, type TestWsClient } from './graphql-client.js';
export * as Operations from './operations.js';
export { startTestApp, TEST_ADMIN, TEST_JWT_SECRET, type TestApp } from './test-app.js';
export { createTestDatabase, databaseUrl, dropDatabase, testServerUrl, withServer, type TestDatabase } from './test-database.js';
export { useTestApp, type TestAppScope } from './use-test-app.js';
export { countStatements } from './statement-counter.js';
export type { Collected } from './graphql-client.js';
