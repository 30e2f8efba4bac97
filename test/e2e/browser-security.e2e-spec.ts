import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { useTestApp } from '@renkei/testing';

const LISTED = 'https://portal.example.lg.jp';

function preflight(graphqlUrl: string, origin: string): Promise<Response> {
  return fetch(graphqlUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
}

/** A GraphQL POST through `agent`: its headers, and whether it went over a connection already open. */
function postThrough(agent: Agent, url: string): Promise<{ headers: IncomingHttpHeaders; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ headers: response.headers, reusedSocket: sent.reusedSocket }));
    });
    sent.on('error', reject);
    sent.end(JSON.stringify({ query: '{ __typename }' }));
  });
}

describe('the HTTP edge by default: no CORS, secure headers, no caching, lasting connections', () => {
  const scope = useTestApp();

  it('allows no other origin', async () => {
    const response = await preflight(scope.app.graphqlUrl, LISTED);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends helmet’s headers on the API’s answers too', async () => {
    const response = await fetch(scope.app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const policy = response.headers.get('content-security-policy') ?? '';
    const host = new URL(scope.app.httpUrl).host;
    expect(policy).toContain(`connect-src 'self' ws://${host} wss://${host}`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('keeps every GraphQL answer out of caches, and tags none', async () => {
    const response = await fetch(scope.app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('keeps an idle connection open longer than a proxy’s idle limit, and tells the client so', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await postThrough(agent, scope.app.graphqlUrl);
      expect(first.headers['keep-alive']).toBe('timeout=65');
      expect((await postThrough(agent, scope.app.graphqlUrl)).reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});

describe('CORS for the origins CORS_ORIGINS lists', () => {
  const scope = useTestApp({ CORS_ORIGINS: `${LISTED}, https://other.example.lg.jp` });

  it('answers a listed origin’s preflight with exactly that origin, the methods and the headers', async () => {
    const response = await preflight(scope.app.graphqlUrl, LISTED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,authorization,x-request-id,apollo-require-preflight');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives an unlisted origin nothing, a look-alike included', async () => {
    for (const origin of ['https://evil.example', 'https://portal.example.lg.jp.evil.example', 'http://portal.example.lg.jp']) {
      const response = await preflight(scope.app.graphqlUrl, origin);
      expect({ origin, allowed: response.headers.get('access-control-allow-origin') }).toEqual({ origin, allowed: null });
    }
  });
});
