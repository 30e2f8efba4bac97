import { describe, expect, it } from 'vitest';
import { presentUsers, type PresenceEvent } from './presence';

const e = (id: string, type: PresenceEvent['type'], userId: string, agencyId = `agency-${userId}`): PresenceEvent => ({ id, type, userId, agencyId });

describe('presentUsers', () => {
  it('keeps who joined last and drops who left, in event order whatever the arrival order', () => {
    const present = presentUsers([e('10', 'LEFT', 'a'), e('9', 'JOINED', 'a'), e('2', 'JOINED', 'b'), e('11', 'JOINED', 'c'), e('12', 'ACKNOWLEDGED', 'd')]);
    expect([...present.entries()]).toEqual([
      ['b', 'agency-b'],
      ['c', 'agency-c'],
    ]);
  });

  it('compares ids as numbers, not as text', () => {
    expect(presentUsers([e('9', 'LEFT', 'a'), e('10', 'JOINED', 'a')]).has('a')).toBe(true);
  });
});
