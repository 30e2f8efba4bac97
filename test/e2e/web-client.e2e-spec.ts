import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { useTestApp } from '@renkei/testing';

// A stand-in for the built client, so this file does not depend on a web build.
const client = mkdtempSync(join(tmpdir(), 'renkei-web-'));
mkdirSync(join(client, 'assets'));
writeFileSync(join(client, 'index.html'), '<!doctype html><title>Renkei</title><div id="root"></div>');
writeFileSync(join(client, 'assets', 'index-abc123.js'), 'console.log("client")');

describe('the web client, served by the API at / on the same origin', () => {
  const scope = useTestApp({ WEB_CLIENT_DIR: client });
  afterAll(() => rmSync(client, { recursive: true, force: true }));

  const get = (path: string, accept = 'text/html') => fetch(`${scope.app.httpUrl}${path}`, { headers: { accept } });

  it('answers / and every client route with index.html, revalidated on each load, under a strict CSP', async () => {
    for (const path of ['/', '/login', '/cases/123', '/conferences/abc/record']) {
      const response = await get(path);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 200, type: 'text/html; charset=utf-8' });
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves hashed assets for a year, and a missing asset is a 404, not the page', async () => {
    const asset = await get('/assets/index-abc123.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/missing.js', '*/*')).status).toBe(404);
  });

  it('leaves /graphql and /health to the API', async () => {
    expect((await get('/health', 'application/json')).headers.get('content-type')).toContain('application/json');
    const response = await fetch(scope.app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not answer a non-page request (an API client asking for JSON) with the page', async () => {
    expect((await get('/unknown', 'application/json')).status).toBe(404);
  });
});
