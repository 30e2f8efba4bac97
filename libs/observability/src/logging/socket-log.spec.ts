import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { capturedLog } from './captured-log.js';
import { currentRequest } from './request-scope.js';
import { processLog, useProcessLogger } from './root-logger.js';
import { socketLog } from './socket-log.js';

const upgrade = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage;

describe('socketLog', () => {
  const previous = processLog();
  let log: ReturnType<typeof capturedLog>;
  beforeEach(() => {
    log = capturedLog();
    useProcessLogger(log.logger);
  });
  afterEach(() => useProcessLogger(previous));

  it('logs a connection’s opening and closing with its user, under one id, and runs its errors’ formatting under that id', () => {
    const extra = { request: upgrade({ 'x-request-id': 'proxy-ws-000001' }), userId: 'user-1' };
    expect(socketLog.opened(extra, true)).toBe(true);
    expect(socketLog.within(extra, (requestId) => [requestId, currentRequest()?.id])).toEqual(['proxy-ws-000001', 'proxy-ws-000001']);
    socketLog.closed(extra, 1000);
    expect(log.lines().map(({ msg, requestId, userId, closeCode }) => ({ msg, requestId, userId, closeCode }))).toEqual([
      { msg: 'WebSocket connection opened', requestId: 'proxy-ws-000001', userId: 'user-1', closeCode: undefined },
      { msg: 'WebSocket connection closed', requestId: 'proxy-ws-000001', userId: 'user-1', closeCode: 1000 },
    ]);
  });

  it('logs a refused connection (no valid token) once, and nothing for its close', () => {
    const extra = { request: upgrade() };
    expect(socketLog.opened(extra, false)).toBe(false);
    socketLog.closed(extra, 4403);
    expect(log.lines().map(({ msg, outcome }) => ({ msg, outcome }))).toEqual([{ msg: 'WebSocket connection refused', outcome: 'UNAUTHENTICATED' }]);
  });
});
