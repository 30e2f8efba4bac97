import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { Transactions } from '@renkei/database';
import { IdentityProvisioning } from '@renkei/identity';
import { DemoData } from './demo-data.js';

// Serialises seeding across processes that start together.
const SEED_LOCK = 7_231_002;

/** The bootstrap administrator (when no user exists) and, if enabled, the demo municipality. */
@Injectable()
export class StartupSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly tx: Transactions,
    private readonly identity: IdentityProvisioning,
    private readonly demo: DemoData,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (!admin && !this.config.demoData) return;
    await this.tx.run(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (admin) await this.identity.bootstrapAdmin(admin);
      if (this.config.demoData) await this.demo.seed();
    });
  }
}
