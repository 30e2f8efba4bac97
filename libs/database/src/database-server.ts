import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { EmbeddedPostgresServer } from './embedded-postgres-server.js';

/**
 * Resolves the PostgreSQL URL the server uses: the configured one, or an embedded server
 * started on demand (and stopped with the application).
 */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseServer.name);
  private embedded: EmbeddedPostgresServer | null = null;

  constructor(private readonly config: AppConfig) {}

  async url(): Promise<string> {
    const target = this.config.database;
    if (target.kind === 'external') return target.url;
    this.embedded ??= new EmbeddedPostgresServer(target.dataDir, target.port);
    this.logger.log(`Starting embedded PostgreSQL on 127.0.0.1:${target.port} (data in ${target.dataDir})`);
    return this.embedded.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}
