import { describe, expect, it } from 'vitest';
import type { DayOfWeek } from '../../gql/enums';
import { isClosingTime, isTime, scheduleSummary, sortSchedules } from './schedule';

const short: Record<DayOfWeek, string> = { MONDAY: '月', TUESDAY: '火', WEDNESDAY: '水', THURSDAY: '木', FRIDAY: '金', SATURDAY: '土', SUNDAY: '日' };
const name = (day: DayOfWeek) => short[day];

describe('scheduleSummary', () => {
  it('joins the days that share their hours, in the week’s order', () => {
    const rows = [
      { dayOfWeek: 'SATURDAY' as const, opensAt: '11:00', closesAt: '14:00' },
      { dayOfWeek: 'WEDNESDAY' as const, opensAt: '10:00', closesAt: '15:00' },
      { dayOfWeek: 'MONDAY' as const, opensAt: '10:00', closesAt: '15:00' },
    ];
    expect(scheduleSummary(rows, name)).toBe('月・水 10:00〜15:00、土 11:00〜14:00');
  });

  it('keeps two sessions of one day apart', () => {
    const rows = [
      { dayOfWeek: 'FRIDAY' as const, opensAt: '17:00', closesAt: '19:00' },
      { dayOfWeek: 'FRIDAY' as const, opensAt: '09:00', closesAt: '12:00' },
    ];
    expect(scheduleSummary(rows, name)).toBe('金 09:00〜12:00、金 17:00〜19:00');
  });

  it('is empty without a schedule', () => {
    expect(scheduleSummary([], name)).toBe('');
  });
});

describe('sortSchedules', () => {
  it('puts Monday first and Sunday last', () => {
    const sorted = sortSchedules([
      { dayOfWeek: 'SUNDAY', opensAt: '10:00', closesAt: '11:00' },
      { dayOfWeek: 'MONDAY', opensAt: '10:00', closesAt: '11:00' },
    ]);
    expect(sorted.map((row) => row.dayOfWeek)).toEqual(['MONDAY', 'SUNDAY']);
  });
});

describe('isTime', () => {
  it('takes HH:MM within the day only', () => {
    expect(['00:00', '09:30', '23:59'].every(isTime)).toBe(true);
    expect(['9:30', '24:00', '12:60', '12:00:00', ''].some(isTime)).toBe(false);
  });
});

describe('isClosingTime', () => {
  it('also takes midnight as 24:00', () => {
    expect(isClosingTime('24:00')).toBe(true);
    expect(isClosingTime('24:30')).toBe(false);
  });
});
