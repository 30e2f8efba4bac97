import { describe, expect, it } from 'vitest';
import { achievement, monthBars, targetLine } from './chart-data';

describe('an indicator chart’s data', () => {
  it('draws the months in the 年度’s order, April to March', () => {
    expect(monthBars([{ month: '2026-04', value: 3 }, { month: '2026-12', value: 0 }, { month: '2027-03', value: 5 }])).toEqual([
      { month: 4, value: 3 },
      { month: 12, value: 0 },
      { month: 3, value: 5 },
    ]);
  });

  it('shares a year’s count target out over the months, but keeps a level (days, sites) as it is', () => {
    expect(targetLine(120, '件', true)).toEqual({ value: 10, perMonth: true });
    expect(targetLine(100, '件', true)).toEqual({ value: 8.3, perMonth: true });
    expect(targetLine(30, '日', true)).toEqual({ value: 30, perMonth: false });
    expect(targetLine(8, 'か所', true)).toEqual({ value: 8, perMonth: false });
    expect(targetLine(12, '件', false)).toEqual({ value: 12, perMonth: false });
    expect(targetLine(null, '件', true)).toBeNull();
    expect(targetLine(0, '件', false)).toEqual({ value: 0, perMonth: false });
  });

  it('tells the achievement only against a positive target', () => {
    expect(achievement(45, 60)).toBe(0.75);
    expect(achievement(3, 0)).toBeNull();
    expect(achievement(3, null)).toBeNull();
  });
});
