import type { DataSourceOptions } from 'typeorm';
import { pgTypes } from './timestamps.js';

/**
 * The one place PostgreSQL connection options are decided. The schema is only ever changed
 * by committed migrations: `synchronize` stays off on every real database.
 */
export function dataSourceOptions(url: string, entities: DataSourceOptions['entities'], migrations: DataSourceOptions['migrations']): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (which would
    // need more than a table owner's rights).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // Not 'error': TypeORM would print failed statements with their parameters (personal
    // data, password hashes). Unexpected failures are logged once, at the GraphQL edge.
    logging: ['migration'],
    applicationName: 'renkei-api',
    // Timestamps read by our parser, not pg's (see parseTimestamptz).
    extra: { max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000, types: pgTypes },
  };
}
