import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { EventBus } from './event-bus.js';

// The machine's Redis (CI starts it); REDIS_URL points elsewhere.
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const STREAMS = 50;

describe('EventBus reconnect callbacks', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('takes one callback per live stream without an EventEmitter listener each (no max-listeners warning)', async () => {
    const warnings = jest.spyOn(process, 'emitWarning');
    const bus = new EventBus(null);
    const streams = Array.from({ length: STREAMS }, () => ({ reconnected: () => undefined }));
    streams.forEach((stream) => bus.onReconnect(stream));
    streams.forEach((stream) => bus.offReconnect(stream));
    await bus.onApplicationShutdown();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('calls every registered stream once when the Redis subscriber connection is back, and none that stopped', async () => {
    const warnings = jest.spyOn(process, 'emitWarning');
    const bus = new EventBus(REDIS_URL);
    const subscriber = bus['redis']?.subscriber;
    if (!subscriber) throw new Error('a bus with a Redis URL has a subscriber connection');
    if (subscriber.status !== 'ready') await new Promise((resolve) => subscriber.once('ready', resolve));
    const calls = new Array<number>(STREAMS).fill(0);
    let allCalled: () => void = () => undefined;
    const everyStreamCalled = new Promise<void>((resolve) => (allCalled = resolve));
    const streams = calls.map((_, i) => ({
      reconnected: () => {
        calls[i] = (calls[i] ?? 0) + 1;
        if (calls.slice(1).every((n) => n > 0)) allCalled();
      },
    }));
    streams.forEach((stream) => bus.onReconnect(stream));
    bus.offReconnect(streams[0] as (typeof streams)[0]);
    try {
      // Dropped and reconnected: what was published meanwhile is gone, the streams replay.
      subscriber.disconnect(true);
      await everyStreamCalled;
      expect(calls).toEqual([0, ...new Array<number>(STREAMS - 1).fill(1)]);
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      streams.forEach((stream) => bus.offReconnect(stream));
      await bus.onApplicationShutdown();
    }
  });
});
