import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { capturedLog } from './captured-log.js';
import { requestLogging } from './request-logging.js';
import { currentRequest } from './request-scope.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose handler plays GraphQL's part: it tells the request's scope what it learned. */
async function serve(handle: () => number, env: Record<string, string> = {}): Promise<{ url: string; log: ReturnType<typeof capturedLog> }> {
  const log = capturedLog(env);
  const middleware = requestLogging(log.logger);
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = handle();
      res.end('{}');
    }),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log };
}

async function finished(log: ReturnType<typeof capturedLog>): Promise<Record<string, unknown>> {
  // The line is written on the response's `finish`, which can follow the client's read.
  while (log.lines().length === 0) await new Promise((resolve) => setImmediate(resolve));
  return log.lines()[0] ?? {};
}

describe('requestLogging', () => {
  it('writes one line per request with its id, actor, operation, duration and outcome, and returns the id', async () => {
    const { url, log } = await serve(() => {
      const scope = currentRequest();
      scope?.identify({ userId: 'user-1', agencyId: 'agency-1' });
      scope?.operation('UpsertSummary');
      return 200;
    });
    const response = await fetch(`${url}/graphql?variables=secret-in-query`, { method: 'POST', headers: { authorization: 'Bearer secret-token' } });
    const line = await finished(log);
    expect(line).toMatchObject({
      level: 'info',
      requestId: response.headers.get('x-request-id'),
      userId: 'user-1',
      agencyId: 'agency-1',
      operation: 'UpsertSummary',
      outcome: 'ok',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      msg: 'POST /graphql 200',
    });
    expect(typeof line['durationMs']).toBe('number');
    expect(log.text()).not.toMatch(/secret-/);
  });

  it('keeps an acceptable X-Request-Id from the caller and reports error codes as the outcome', async () => {
    const { url, log } = await serve(() => {
      currentRequest()?.failed(['FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN']);
      return 200;
    });
    const response = await fetch(`${url}/graphql`, { headers: { 'x-request-id': 'proxy-trace-0001' } });
    expect(response.headers.get('x-request-id')).toBe('proxy-trace-0001');
    expect(await finished(log)).toMatchObject({ requestId: 'proxy-trace-0001', outcome: 'FORBIDDEN,NOT_FOUND' });
  });

  it('reports a failed status as the outcome, at error for a server fault', async () => {
    const { url, log } = await serve(() => 503);
    await fetch(url);
    expect(await finished(log)).toMatchObject({ level: 'error', outcome: 'HTTP_503' });
  });

  it('writes nothing, and makes no logger for the request, when the level of its line is off', async () => {
    const { url, log } = await serve(() => {
      const scope = currentRequest();
      scope?.operation('MyTasks');
      return 200;
    }, { LOG_LEVEL: 'warn' });
    const child = jest.spyOn(log.logger, 'child');
    const response = await fetch(url);
    await response.text();
    // The line would be written on the response's `close`, after the client has read the body.
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.lines()).toEqual([]);
    expect(child).not.toHaveBeenCalled();
  });

  it('says when the client went away before the response was sent', async () => {
    const log = capturedLog();
    const middleware = requestLogging(log.logger);
    let arrived: () => void = () => undefined;
    const served = new Promise<void>((resolve) => (arrived = resolve));
    // Never answers: the client gives up first.
    server = createServer((req, res) => middleware(req, res, arrived));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const controller = new AbortController();
    const request = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { signal: controller.signal }).catch(() => 'aborted');
    await served;
    controller.abort();
    expect(await request).toBe('aborted');
    expect(await finished(log)).toMatchObject({ level: 'info', msg: 'GET /graphql aborted by the client' });
  });
});
