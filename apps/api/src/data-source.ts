import 'reflect-metadata';
import { AppConfig } from '@renkei/config';
import { dataSourceOptions } from '@renkei/database';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** For the TypeORM CLI (migration:generate / migration:run) against DATABASE_URL. */
const config = AppConfig.fromEnvironment(process.env);
if (config.database.kind !== 'external') throw new Error('Set DATABASE_URL to the database to compare the entities with');

export default new DataSource(dataSourceOptions(config.database.url, ENTITIES, MIGRATIONS));
