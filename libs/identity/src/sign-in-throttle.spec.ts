import { describe, expect, it } from '@jest/globals';
import { delayAfter, SIGN_IN_RULES } from './sign-in-throttle.js';

describe('sign-in delays', () => {
  it('cost nothing for the first failures, then double from 1 s up to the cap, never more', () => {
    const rule = SIGN_IN_RULES.addressAccount;
    expect([0, 1, 4].map((f) => delayAfter(f, rule))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((f) => delayAfter(f, rule))).toEqual([1, 2, 4, 8]);
    expect(delayAfter(20, rule)).toBe(15 * 60);
    expect(delayAfter(1_000_000, rule)).toBe(15 * 60);
  });

  it('are capped lower for an account as a whole (its owner waits too) and lowest for an address', () => {
    expect(delayAfter(9, SIGN_IN_RULES.account)).toBe(0);
    expect(delayAfter(10, SIGN_IN_RULES.account)).toBe(1);
    expect(delayAfter(100, SIGN_IN_RULES.account)).toBe(5 * 60);
    expect(delayAfter(99, SIGN_IN_RULES.address)).toBe(0);
    expect(delayAfter(1_000, SIGN_IN_RULES.address)).toBe(60);
  });
});
