import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@renkei/graphql';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { TaskEventEntity, taskEventsTopic, toMessage } from './task-event.entity.js';
import { TASK_EVENTS_CHANNEL } from './task-events.outbox.js';

const BATCH = 200;
// The safety net under LISTEN/NOTIFY: rows left by a relay that died are picked up by then.
const POLL_MS = 1_000;

/**
 * Moves committed task events from the outbox to the event bus. Woken by NOTIFY at commit,
 * and by a poll. Rows are claimed with FOR UPDATE SKIP LOCKED and marked published in the
 * same transaction as they are sent, so several relays (one per process) share the work and
 * an event committed while no relay ran is sent when one starts. A relay that dies between
 * sending and committing sends that batch again: delivery is at least once, and clients
 * tell repeats by event id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const url = (this.dataSource.options as { url?: string }).url;
    this.listener = new pg.Client({ connectionString: url });
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error: Error) => this.logger.warn(`Outbox listener: ${error.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${TASK_EVENTS_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Stops relaying (also what a crash amounts to); committed events wait in the outbox. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  private wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.logger.warn(`Outbox relay: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (this.running) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const rows = await manager
          .createQueryBuilder(TaskEventEntity, 'e')
          .where('e.published_at IS NULL')
          .orderBy('e.id', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const row of rows) await this.bus.publish(taskEventsTopic(row.municipalityId), toMessage(row));
        if (rows.length > 0) await manager.query('UPDATE task_events SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
        return rows.length;
      });
      if (sent < BATCH) return;
    }
  }
}
