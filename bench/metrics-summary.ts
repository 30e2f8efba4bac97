// What the server's own /metrics show after a benchmark: requests and p95 by operation,
// errors by code, events, outbox lag and the database pool, as Markdown tables.
import { Scrape } from '@renkei/observability';
import { METRICS_TOKEN } from './harness.js';

const REQUESTS = 'renkei_graphql_requests_total';
const DURATION = 'renkei_graphql_request_duration_seconds';

export async function printMetricsSummary(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const scrape = Scrape.parse(await response.text());
  const ms = (seconds: number) => (Number.isNaN(seconds) ? '-' : (seconds * 1000).toFixed(1));
  const operations = new Map<string, { operation: string; type: string; transport: string }>();
  for (const { labels } of scrape.series(REQUESTS)) operations.set(JSON.stringify(labels), { operation: labels['operation'] ?? '', type: labels['type'] ?? '', transport: labels['transport'] ?? '' });
  const rows = [...operations.values()].map((labels) => ({ ...labels, count: scrape.sum(REQUESTS, labels) })).sort((a, b) => b.count - a.count);
  console.log('\nWhat /metrics shows after the load\n');
  console.log('| operation | type | transport | requests | p95 ms (histogram) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const p95 = row.transport === 'http' ? ms(scrape.quantile(0.95, DURATION, { operation: row.operation, type: row.type })) : '-';
    console.log(`| ${row.operation} | ${row.type} | ${row.transport} | ${row.count} | ${p95} |`);
  }
  console.log(`| all | | http | ${scrape.sum(REQUESTS, { transport: 'http' })} | ${ms(scrape.quantile(0.95, DURATION))} |`);
  const errors = scrape.series('renkei_graphql_errors_total').map((s) => `${s.labels['code']} (${s.labels['transport']}): ${s.value}`);
  console.log(`\nGraphQL errors by code: ${errors.join(', ') || 'none'}`);
  console.log(`Events published: ${scrape.sum('renkei_events_published_total')}, delivered to subscriptions: ${scrape.sum('renkei_events_delivered_total')}`);
  console.log(`Outbox lag s: ${scrape.series('renkei_outbox_lag_seconds').map((s) => `${s.labels['outbox']} ${s.value.toFixed(3)}`).join(', ')}`);
  console.log(
    `Database pool: ${scrape.sum('renkei_db_pool_connections')} connections of ${scrape.sum('renkei_db_pool_max_connections')}, ${scrape.sum('renkei_db_pool_idle_connections')} idle, ${scrape.sum('renkei_db_pool_waiting_queries')} queries waiting`,
  );
  console.log(`Rate-limit refusals: ${scrape.sum('renkei_rate_limit_refusals_total')}; open sockets: ${scrape.sum('renkei_websocket_connections')}`);
}
