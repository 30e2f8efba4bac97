import { Injectable } from '@nestjs/common';
import { EventBus, OutboxRelay, RateLimits, type Tally } from '@renkei/graphql';
import { Counter, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** What node-postgres's pool tells of itself. */
interface PoolFigures {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options: { readonly max?: number };
}

/**
 * The figures of the platform under the API, all read at scrape time: events through the
 * bus, how long the oldest unsent outbox event has waited, the database pool, and the rate
 * limits' refusals. The libs keep their own counts; nothing here is on a request's path.
 */
@Injectable()
export class PlatformMetrics {
  constructor(registry: Registry, bus: EventBus, relay: OutboxRelay, limits: RateLimits, dataSource: DataSource) {
    const registers = [registry];
    tallied(registry, 'renkei_events_published_total', 'Events this process published on the event bus, by topic family (ids as *)', 'topic', bus.traffic.published);
    tallied(registry, 'renkei_events_delivered_total', 'Events this process handed to GraphQL subscriptions, by topic family (ids as *)', 'topic', bus.traffic.delivered);
    tallied(registry, 'renkei_rate_limit_refusals_total', 'Requests refused by a rate limit, by limit', 'limit', limits.refusals);
    new Gauge({ name: 'renkei_outbox_lag_seconds', help: 'How long the oldest unsent event of each outbox has waited (0: none waits)', labelNames: ['outbox'], registers, async collect() {
      try {
        for (const { outbox, seconds } of await relay.lag()) this.set({ outbox }, seconds);
      } catch {
        // The database is away: the series go missing, and the rest of the scrape still answers.
        this.reset();
      }
    } });
    // TypeORM's PostgreSQL driver keeps node-postgres's pool as `master`.
    const pool = () => (dataSource.driver as unknown as { master?: PoolFigures }).master;
    const poolGauge = (name: string, help: string, read: (figures: PoolFigures) => number | undefined) =>
      new Gauge({ name, help, registers, collect() {
        const figures = pool();
        const value = figures && read(figures);
        if (value !== undefined) this.set(value);
      } });
    poolGauge('renkei_db_pool_connections', 'Connections the database pool holds (idle and in use)', (p) => p.totalCount);
    poolGauge('renkei_db_pool_idle_connections', 'Connections of the database pool not in use', (p) => p.idleCount);
    poolGauge('renkei_db_pool_waiting_queries', 'Queries waiting for a connection of the database pool', (p) => p.waitingCount);
    poolGauge('renkei_db_pool_max_connections', 'The most connections the database pool may open', (p) => p.options.max);
  }
}

/** A counter that shows a {@link Tally} a lib keeps. */
function tallied(registry: Registry, name: string, help: string, label: string, tally: Tally): void {
  new Counter({ name, help, labelNames: [label], registers: [registry], collect() {
    this.reset();
    for (const [value, count] of tally.entries()) this.inc({ [label]: value }, count);
  } });
}
