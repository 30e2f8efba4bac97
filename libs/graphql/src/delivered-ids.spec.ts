import { describe, expect, it } from '@jest/globals';
import { DeliveredIds } from './delivered-ids.js';

describe('DeliveredIds', () => {
  it('counts every id at or below the floor as delivered, and remembers the ones added above it', () => {
    const delivered = new DeliveredIds(10, 5);
    expect([9, 10, 11].map((id) => delivered.has(id))).toEqual([true, true, false]);
    delivered.add(11);
    expect([11, 12].map((id) => delivered.has(id))).toEqual([true, false]);
  });

  it('takes ids out of order, and tells a repeat among them from an id it has not seen', () => {
    const delivered = new DeliveredIds(0, 100);
    for (const id of [5, 3, 9, 4, 20, 7]) {
      expect(delivered.has(id)).toBe(false);
      delivered.add(id);
    }
    const seen = Array.from({ length: 22 }, (_, id) => id).filter((id) => delivered.has(id));
    expect(seen).toEqual([0, 3, 4, 5, 7, 9, 20]);
  });

  it('past its capacity forgets the smallest id, which becomes the floor: below it everything counts as delivered', () => {
    const delivered = new DeliveredIds(0, 3);
    expect([8, 2, 6].map((id) => delivered.add(id))).toEqual([false, false, false]);
    expect(delivered.floor).toBe(0);
    // A fourth: the smallest (2) goes, and with it anything up to it.
    expect(delivered.add(4)).toBe(true);
    expect(delivered.floor).toBe(2);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => delivered.has(id))).toEqual([true, true, false, true, false, true, false, true, false]);
    expect(delivered.add(3)).toBe(true);
    expect(delivered.floor).toBe(3);
  });

  it('holds no more than its capacity however many ids it is given', () => {
    const delivered = new DeliveredIds(0, 1_000);
    for (let id = 1; id <= 100_000; id++) delivered.add(id);
    expect(delivered.floor).toBe(99_000);
    expect(delivered.has(99_001)).toBe(true);
    expect(delivered.has(100_001)).toBe(false);
    expect(delivered['ids']).toHaveLength(1_000);
  });

  it('tells the same ids apart on either side of the size where it stops copying, in any order', () => {
    const delivered = new DeliveredIds(0, 1_000);
    const ids = Array.from({ length: 80 }, (_, index) => ((index * 37) % 80) + 1);
    for (const id of ids) {
      expect(delivered.has(id)).toBe(false);
      delivered.add(id);
      expect(delivered.has(id)).toBe(true);
    }
    expect(delivered['ids']).toEqual(Array.from({ length: 80 }, (_, index) => index + 1));
    expect(delivered.has(81)).toBe(false);
  });
});
