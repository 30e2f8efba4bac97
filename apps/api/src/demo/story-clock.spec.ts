import { describe, expect, it } from '@jest/globals';
import { Clock } from '@renkei/kernel';
import { StoryClock } from './story-clock.js';

class SteppedClock extends Clock {
  at = Date.parse('2026-12-03T09:00:00Z');
  now(): Date {
    return new Date(this.at);
  }
}

describe('StoryClock', () => {
  it('reads the real clock, runs on from the moment it is set back to, and returns to the present', () => {
    const real = new SteppedClock();
    const clock = new StoryClock(real);
    expect(clock.now().toISOString()).toBe('2026-12-03T09:00:00.000Z');
    clock.travelTo(new Date('2026-04-01T01:00:00Z'));
    real.at += 1500;
    expect([clock.travelling, clock.now().toISOString()]).toEqual([true, '2026-04-01T01:00:01.500Z']);
    clock.backToPresent();
    expect([clock.travelling, clock.now().toISOString()]).toEqual([false, '2026-12-03T09:00:01.500Z']);
  });
});
