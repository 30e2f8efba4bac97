import { describe, expect, it } from '@jest/globals';
import { SharedStrings } from './shared-strings.js';

describe('SharedStrings', () => {
  it('answers each value with itself, and holds no more than its capacity', () => {
    const shared = new SharedStrings(3);
    const values = ['a', 'b', 'c', 'd', 'b', 'e'];
    expect(values.map(shared.of)).toEqual(values);
    expect(shared['strings'].size).toBeLessThanOrEqual(3);
    // Past its capacity it started over: the last values are held again.
    expect([...shared['strings'].keys()]).toEqual(['d', 'b', 'e']);
  });
});
