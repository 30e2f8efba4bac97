import { Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { EventBus } from './event-bus.js';
import { ThrottledWarning } from './throttled-warning.js';

/** The one NOTIFY channel every outbox writer wakes the relays on. */
export const OUTBOX_CHANNEL = 'renkei_outbox';

/**
 * An outbox table (bigint `id`, `occurred_at`, `published_at`) and how one of its rows travels
 * on the bus: on one topic, or on several (one per recipient, so that a subscriber hears only
 * what is addressed to them); none when it is addressed to nobody.
 */
export interface OutboxSource {
  readonly table: string;
  message(row: Record<string, unknown>): { topic: string | readonly string[]; payload: object };
}

const BATCH = 200;

/**
 * Wakes the relays to drain `table`; PostgreSQL delivers the notification only when the
 * transaction commits (once per table, however often the transaction named it).
 */
export async function notifyOutbox(manager: EntityManager, table: string): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, table]);
}

/**
 * Moves committed events from the outbox tables of the contexts to the event bus. Woken by
 * NOTIFY at commit for the table the commit wrote to, and by a poll (`OUTBOX_POLL_MS`) for
 * every table. Rows are claimed with FOR UPDATE SKIP LOCKED and marked
 * published in the same transaction as they are sent; of several relays (one per process)
 * one at a time drains a table (an advisory lock), so events leave in id order, and an
 * event committed while no relay ran is sent when one starts. A relay
 * that dies between sending and committing sends that batch again: delivery is at least
 * once, and consumers tell repeats by event id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  // Retried every second while the bus (Redis) is away: one warning, not one a second.
  private readonly failing = new ThrottledWarning(this.logger, 'Outbox relay');
  private readonly sources: OutboxSource[] = [];
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  // What the next pass drains: the tables notifications named since the last pass began, or
  // all of them (the poll, a start, a notification naming no table of this relay's).
  private due: Set<OutboxSource> | 'all' = 'all';
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly config: AppConfig,
  ) {}

  /** Contexts register their outbox tables while the application is initialised. */
  register(source: OutboxSource): void {
    this.sources.push(source);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  // Before the database stops (an embedded one stops at application shutdown): its
  // connection closes cleanly instead of being cut, which a clean Ctrl-C would log.
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const url = (this.dataSource.options as { url?: string }).url;
    this.listener = new pg.Client({ connectionString: url });
    this.listener.on('notification', (notification) => this.wake(notification.payload));
    this.listener.on('error', (error: Error) => this.logger.warn(`Outbox listener: ${error.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), this.config.outbox.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops relaying (also what a crash amounts to); committed events wait in the outbox. */
  async stop(): Promise<void> {
    const wasRunning = this.running;
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    if (wasRunning) this.logger.log('Outbox relay stopped; unsent events wait in the outbox');
  }

  /**
   * Per outbox table, how long its oldest unsent event has waited (0 when none waits): what
   * a stalled relay or an unreachable bus shows as. One query, on the tables' partial
   * indexes of unsent rows.
   */
  async lag(): Promise<{ outbox: string; seconds: number }[]> {
    if (this.sources.length === 0) return [];
    const oldest = this.sources
      .map(({ table }) => `(SELECT '${table}' AS outbox, occurred_at FROM ${table} WHERE published_at IS NULL ORDER BY id LIMIT 1)`)
      .join(' UNION ALL ');
    const rows = await this.dataSource.query<{ outbox: string; seconds: number }[]>(
      `SELECT outbox, greatest(0, extract(epoch FROM now() - occurred_at))::float8 AS seconds FROM (${oldest}) AS waiting`,
    );
    return this.sources.map(({ table }) => ({ outbox: table, seconds: rows.find((row) => row.outbox === table)?.seconds ?? 0 }));
  }

  /** Drains `table` (every table without one), now or once the pass under way is done. */
  private wake(table?: string): void {
    if (!this.running) return;
    const source = table === undefined ? undefined : this.sources.find((each) => each.table === table);
    if (!source) this.due = 'all';
    else if (this.due !== 'all') this.due.add(source);
    this.pass();
  }

  // One pass at a time: woken while one runs, another follows for what came meanwhile.
  private pass(): void {
    if (this.draining || !this.running || (this.due !== 'all' && this.due.size === 0)) return;
    this.draining = this.drainDue()
      .then(() => this.failing.resolved('delivering again'))
      .catch((error: unknown) => this.failing.warn(`${error instanceof Error ? error.message : String(error)}; the events wait in the outbox`))
      .finally(() => {
        this.draining = null;
        this.pass();
      });
  }

  // A table that fails is drained again by the next poll, with every other.
  private async drainDue(): Promise<void> {
    const sources = this.due === 'all' ? this.sources : [...this.due];
    this.due = new Set();
    for (const source of sources) await this.drain(source);
  }

  private async drain(source: OutboxSource): Promise<void> {
    while (this.running) {
      const sent = await this.dataSource.transaction(async (manager) => {
        // One relay at a time per table, so that events go out in id order (what a client's
        // `after` cursor counts on); the others skip, and the one relaying drains what follows.
        const [lock] = await manager.query<{ leader: boolean }[]>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS leader', [`outbox:${source.table}`]);
        if (!lock?.leader) return 0;
        const rows = await manager.query<Record<string, unknown>[]>(
          `SELECT * FROM ${source.table} WHERE published_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        for (const row of rows) {
          const { topic, payload } = source.message(row);
          for (const each of typeof topic === 'string' ? [topic] : topic) await this.bus.publish(each, payload);
        }
        if (rows.length > 0) await manager.query(`UPDATE ${source.table} SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r['id'])]);
        return rows.length;
      });
      if (sent < BATCH) return;
    }
  }
}
