import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { DatabaseServer } from './database-server.js';
import { SchemaMigrations } from './schema-migrations.js';
import { SchemaMigrator } from './schema-migrator.js';
import { Transactions } from './transactions.js';

type Options = Parameters<typeof dataSourceOptions>;

@Module({ providers: [DatabaseServer], exports: [DatabaseServer] })
class DatabaseServerModule {}

/** TypeORM on PostgreSQL (external or embedded), migrated at start-up unless MIGRATIONS_RUN=false. */
@Module({})
export class DatabaseModule {
  static forRoot(entities: Options[1], migrations: Options[2]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          imports: [DatabaseServerModule],
          inject: [DatabaseServer],
          useFactory: async (server: DatabaseServer) => dataSourceOptions(await server.url(), entities, migrations),
        }),
      ],
      providers: [SchemaMigrations, SchemaMigrator, Transactions],
      exports: [SchemaMigrations, Transactions],
      global: true,
    };
  }
}
