import { describe, expect, it } from '@jest/globals';
import { GraphQLError, parse } from 'graphql';
import type { Context } from 'graphql-ws';
import { Registry } from 'prom-client';
import { GraphQLMetrics } from './graphql-metrics.js';
import { Scrape } from './prometheus-text.js';

const OPEN = 1;
const CLOSING = 2;

function fakeContext(readyState = OPEN): Context & { extra: { socket: { readyState: number } } } {
  return { connectionInitReceived: true, acknowledged: true, subscriptions: {}, extra: { socket: { readyState } } };
}

async function scrapeOf(registry: Registry): Promise<Scrape> {
  return Scrape.parse(await registry.metrics());
}

describe('GraphQLMetrics over graphql-ws', () => {
  it('counts the acknowledged sockets its source holds open, and their running subscriptions', async () => {
    const registry = new Registry();
    const metrics = new GraphQLMetrics(registry);
    const [accepted, awaiting, closing] = [fakeContext(), { ...fakeContext(), acknowledged: false }, fakeContext(CLOSING)];
    const open = new Set<Context>([accepted, awaiting, closing]);
    metrics.countConnectionsOf({ openConnections: () => open });
    accepted.subscriptions['1'] = (async function* () {
      yield { data: null };
    })();
    accepted.subscriptions['2'] = null;
    let scrape = await scrapeOf(registry);
    expect(scrape.sum('renkei_websocket_connections')).toBe(1);
    expect(scrape.sum('renkei_graphql_subscriptions_active')).toBe(1);
    open.delete(accepted); // its close reported to the server
    scrape = await scrapeOf(registry);
    expect(scrape.sum('renkei_websocket_connections')).toBe(0);
    expect(scrape.sum('renkei_graphql_subscriptions_active')).toBe(0);
  });

  it('counts operations by name and type, and the errors sent by their formatted code', async () => {
    const registry = new Registry();
    const metrics = new GraphQLMetrics(registry);
    const hooks = metrics.instrumentWs({ onError: (_ctx, _id, _payload, errors) => errors.map((e) => ({ message: e.message, extensions: { code: 'FORMATTED' } })) });
    const ctx = fakeContext();
    const run = (query: string) => hooks.onOperation?.(ctx, '1', { query }, { schema: undefined as never, document: parse(query) }, { data: null });
    await run('subscription TaskEvents { taskEvents { id } }');
    await run('{ me { id } }');
    await hooks.onError?.(ctx, '1', { query: '{ x }' }, [new GraphQLError('no')]);
    await hooks.onNext?.(ctx, '1', { query: '{ x }' }, { schema: undefined as never, document: parse('{ x }') }, { errors: [new GraphQLError('gone', { extensions: { code: 'NOT_FOUND' } })] });
    const scrape = await scrapeOf(registry);
    expect(scrape.sum('renkei_graphql_requests_total', { operation: 'TaskEvents', type: 'subscription', transport: 'ws' })).toBe(1);
    expect(scrape.sum('renkei_graphql_requests_total', { operation: 'anonymous', type: 'query', transport: 'ws' })).toBe(1);
    expect(scrape.sum('renkei_graphql_errors_total', { code: 'FORMATTED', transport: 'ws' })).toBe(1);
    expect(scrape.sum('renkei_graphql_errors_total', { code: 'NOT_FOUND', transport: 'ws' })).toBe(1);
  });
});
