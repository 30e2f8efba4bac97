import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { every } from '@renkei/kernel';
import { RetentionService } from './retention.service.js';

/**
 * Applies the retention periods every `retention.intervalSeconds`. Every API process runs
 * it; a municipality's run takes its retention lock with a try, so of two processes at the
 * same moment one runs and the other skips, and a later run finds nothing left to remove.
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionJob.name);
  private stop: (() => void) | null = null;

  constructor(
    private readonly retention: RetentionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = every(this.config.retention.intervalSeconds, () => this.tick(), (message) => this.logger.warn(`Retention: ${message}`));
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  /** Removes what is past its period now; returns how many records. */
  tick(): Promise<number> {
    return this.retention.applyEverywhere();
  }
}
