export { dataSourceOptions } from './data-source-options.js';
export { DatabaseModule } from './database.module.js';
export { EmbeddedPostgresServer } from './embedded-postgres-server.js';
export { Transactions } from './transactions.js';
export { isUniqueViolation } from './postgres-errors.js';
