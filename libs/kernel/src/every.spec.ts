import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { every } from './every.js';

describe('every', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs the work each interval, reports a failed run and goes on, and stops when told', async () => {
    jest.useFakeTimers();
    const work = jest.fn<() => Promise<void>>().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(undefined);
    const failed = jest.fn<(message: string) => void>();
    const stop = every(60, work, failed);
    await jest.advanceTimersByTimeAsync(120_000);
    expect(work).toHaveBeenCalledTimes(2);
    expect(failed).toHaveBeenCalledWith('database away');
    stop();
    await jest.advanceTimersByTimeAsync(600_000);
    expect(work).toHaveBeenCalledTimes(2);
  });
});
