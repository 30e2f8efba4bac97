import { describe, expect, it } from '@jest/globals';
import { MetricsAccess } from './metrics-access.js';

const TOKEN = 'a-scraper-token-long-enough';
const access = (metrics: { token?: string; port?: number }, isProduction = false) =>
  new MetricsAccess({ metrics: { token: metrics.token ?? null, port: metrics.port ?? null }, isProduction });

describe('MetricsAccess', () => {
  it('serves openly on the API port when nothing is configured, outside production', () => {
    expect(access({}).answer('main', undefined)).toBe('serve');
    expect(access({}).withheld).toBe(false);
  });

  it('serves nothing in production when neither a token nor a port is configured', () => {
    const withheld = access({}, true);
    expect(withheld.withheld).toBe(true);
    expect(withheld.answer('main', undefined)).toBe('not-found');
    expect(access({ token: TOKEN }, true).answer('main', `Bearer ${TOKEN}`)).toBe('serve');
    expect(access({ port: 9464 }, true).answer('own-port', undefined)).toBe('serve');
  });

  it('asks for the bearer token when one is configured', () => {
    const guarded = access({ token: TOKEN });
    expect(guarded.answer('main', undefined)).toBe('unauthorized');
    expect(guarded.answer('main', 'Bearer wrong')).toBe('unauthorized');
    expect(guarded.answer('main', `Basic ${TOKEN}`)).toBe('unauthorized');
    expect(guarded.answer('main', `Bearer ${TOKEN}x`)).toBe('unauthorized');
    expect(guarded.answer('main', `bearer ${TOKEN}`)).toBe('serve');
  });

  it('serves on its own port only when one is configured, with the token when there is one', () => {
    expect(access({ port: 9464 }).answer('main', undefined)).toBe('not-found');
    expect(access({ port: 9464 }).answer('own-port', undefined)).toBe('serve');
    const both = access({ port: 9464, token: TOKEN });
    expect(both.answer('main', `Bearer ${TOKEN}`)).toBe('not-found');
    expect(both.answer('own-port', undefined)).toBe('unauthorized');
    expect(both.answer('own-port', `Bearer ${TOKEN}`)).toBe('serve');
  });
});
