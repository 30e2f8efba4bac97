import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { SchemaMigrations } from './schema-migrations.js';

/**
 * Brings the schema up to date before the application serves anything, unless the operator
 * runs migrations as a step of the upgrade (MIGRATIONS_RUN=false): then the server starts
 * on the schema it finds and its readiness check names what is pending.
 */
@Injectable()
export class SchemaMigrator implements OnModuleInit {
  private readonly logger = new Logger(SchemaMigrator.name);

  constructor(
    private readonly migrations: SchemaMigrations,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.migrations.runAtStart) {
      const { pending } = await this.migrations.status();
      if (pending.length > 0) this.logger.warn(`${pending.length} migration(s) pending and MIGRATIONS_RUN=false: not ready until \`npm run migrate:run\` applies ${pending.join(', ')}`);
      return;
    }
    const applied = await this.migrations.run();
    if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
}
