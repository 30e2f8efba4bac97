import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { SchemaMigrations, Transactions } from '@renkei/database';
import { IdentityProvisioning } from '@renkei/identity';
import { DemoData } from './demo-data.js';

// Serialises seeding across processes that start together.
const SEED_LOCK = 7_231_002;

/** The bootstrap administrator (when no user exists) and, if enabled, the demo municipality. */
@Injectable()
export class StartupSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(StartupSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly tx: Transactions,
    private readonly identity: IdentityProvisioning,
    private readonly demo: DemoData,
    private readonly migrations: SchemaMigrations,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (!admin && !this.config.demoData) return;
    // Seeding writes through today's code, which needs today's schema: with migrations left
    // to the operator (MIGRATIONS_RUN=false) and some pending, it waits for the next start.
    if (!this.config.migrations.runAtStart && (await this.migrations.status()).pending.length > 0) {
      this.logger.warn('Nothing seeded while migrations are pending: start again after `npm run migrate:run`');
      return;
    }
    await this.tx.run(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (admin) await this.identity.bootstrapAdmin(admin);
      if (this.config.demoData) await this.demo.seed();
    });
  }
}
