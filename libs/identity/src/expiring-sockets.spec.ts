import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ClosableSocket } from './connection-registry.js';
import { ExpiringSockets } from './expiring-sockets.js';

const socket = (): ClosableSocket => ({ close: () => undefined });

describe('expiring sockets', () => {
  let expired: ClosableSocket[];
  let sockets: ExpiringSockets;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-04T09:00:00.250Z') });
    expired = [];
    sockets = new ExpiringSockets((s) => expired.push(s));
    sockets.start();
  });

  afterEach(() => {
    sockets.stop();
    jest.useRealTimers();
  });

  it('expires a socket in the first sweep after its token expires, never before', () => {
    const early = socket();
    const late = socket();
    sockets.add(late, new Date('2026-12-04T09:00:03.100Z'));
    sockets.add(early, new Date('2026-12-04T09:00:01.500Z'));
    jest.advanceTimersByTime(1_249); // 09:00:01.499
    expect(expired).toEqual([]);
    jest.advanceTimersByTime(1_000); // 09:00:02.499: the sweep at 2.25 s found 1.5 s past
    expect(expired).toEqual([early]);
    jest.advanceTimersByTime(850); // 09:00:03.349: 3.1 s is kept under second 4, not yet swept
    expect(expired).toEqual([early]);
    jest.advanceTimersByTime(1_000);
    expect(expired).toEqual([early, late]);
  });

  it('forgets a socket removed before its token expires', () => {
    const closed = socket();
    const open = socket();
    const second = sockets.add(closed, new Date('2026-12-04T09:00:02Z'));
    sockets.add(open, new Date('2026-12-04T09:00:02Z'));
    sockets.remove(closed, second);
    jest.advanceTimersByTime(5_000);
    expect(expired).toEqual([open]);
  });

  it('expires at the next sweep a socket whose token expires within the second already swept', () => {
    const hurried = socket();
    sockets.add(hurried, new Date('2026-12-04T09:00:00.100Z'));
    jest.advanceTimersByTime(1_000);
    expect(expired).toEqual([hurried]);
  });

  it('catches up on the seconds a stalled process did not sweep, and stops sweeping when stopped', () => {
    const first = socket();
    const second = socket();
    sockets.add(first, new Date('2026-12-04T09:00:02Z'));
    sockets.add(second, new Date('2026-12-04T09:00:09Z'));
    jest.setSystemTime(new Date('2026-12-04T09:00:30Z'));
    sockets.sweep();
    expect(expired).toEqual([first, second]);
    const after = socket();
    sockets.add(after, new Date('2026-12-04T09:00:31Z'));
    sockets.stop();
    jest.advanceTimersByTime(60_000);
    expect(expired).toEqual([first, second]);
  });
});
