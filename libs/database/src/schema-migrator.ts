import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every process of this application.
const MIGRATION_LOCK = 7_231_001;

/**
 * Brings the schema up to date before the application serves anything. An advisory lock
 * lets several API processes start at once without running the same migration twice.
 */
@Injectable()
export class SchemaMigrator implements OnModuleInit {
  private readonly logger = new Logger(SchemaMigrator.name);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
