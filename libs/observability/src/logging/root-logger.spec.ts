import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { AppConfig } from '@renkei/config';
import { capturedLog } from './captured-log.js';
import { createRootLogger } from './root-logger.js';

describe('createRootLogger', () => {
  it('writes JSON lines with ISO times and standard level names', () => {
    const log = capturedLog();
    log.logger.info({ context: 'Spec' }, 'hello');
    const [line] = log.lines();
    expect(line).toMatchObject({ level: 'info', msg: 'hello', context: 'Spec' });
    expect(line?.['time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it.each([
    ['error', ['error']],
    ['warn', ['error', 'warn']],
    ['log', ['error', 'warn', 'info']],
    ['verbose', ['error', 'warn', 'info', 'debug', 'trace']],
  ])('at LOG_LEVEL=%s writes %j', (level, written) => {
    const log = capturedLog({ LOG_LEVEL: level });
    for (const name of ['error', 'warn', 'info', 'debug', 'trace'] as const) log.logger[name](name);
    expect(log.lines().map((line) => line['level'])).toEqual(written);
  });

  it('redacts credentials and GraphQL variables and documents whatever a caller passes', () => {
    const log = capturedLog();
    log.logger.info({
      req: { headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret-cookie', 'user-agent': 'curl' } },
      password: 'secret-password',
      input: { password: 'secret-nested', token: 'secret-jwt' },
      variables: { sections: [{ body: 'secret-summary' }] },
      graphql: { query: 'mutation { upsert(body: "secret-inline") }', variables: { name: 'secret-name' } },
      connectionParams: { authToken: 'secret-ws-token' },
    });
    expect(log.text()).not.toMatch(/secret-/);
    expect(log.lines()[0]).toMatchObject({ req: { headers: { authorization: '[redacted]', 'user-agent': 'curl' } } });
  });

  it('writes readable lines when LOG_JSON is off: time, level, context, message, fields, the stack below', () => {
    const chunks: string[] = [];
    const out = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString()), done()) });
    const logger = createRootLogger(AppConfig.fromEnvironment({ LOG_JSON: 'false' }), out);
    logger.error({ context: 'GraphQLErrors', requestId: 'req-12345678', stack: 'Error: boom\n    at x (y.js:1:1)' }, 'boom');
    expect(chunks.join('')).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR \[GraphQLErrors\] boom requestId=req-12345678\nError: boom\n {4}at x/);
  });
});
