import { describe, expect, it } from 'vitest';
import { calendarYearOf, currentFiscalYear, fiscalYearChoices, fiscalYearOfDay, periodOf, validateIndicatorsSearch } from './period';

// 2027-03-31 23:30 in Japan is still 年度 2026; an hour later it is 年度 2027.
const lastEveningOfYear = new Date('2027-03-31T14:30:00Z');
const firstDayOfYear = new Date('2027-03-31T15:30:00Z');

describe('the dashboard’s period', () => {
  it('counts the 年度 from 1 April in Japan time', () => {
    expect(fiscalYearOfDay('2026-04-01')).toBe(2026);
    expect(fiscalYearOfDay('2027-03-31')).toBe(2026);
    expect(currentFiscalYear(lastEveningOfYear)).toBe(2026);
    expect(currentFiscalYear(firstDayOfYear)).toBe(2027);
    expect(calendarYearOf(2026, 12)).toBe(2026);
    expect(calendarYearOf(2026, 1)).toBe(2027);
  });

  it('offers the current 年度 and four before it, newest first', () => {
    expect(fiscalYearChoices(lastEveningOfYear)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  it('keeps what the address holds when it is a period, and drops the rest', () => {
    expect(validateIndicatorsSearch({ year: '2025', month: '5', agency: 'a-1' }, lastEveningOfYear)).toEqual({ year: 2025, month: 5, agency: 'a-1' });
    expect(validateIndicatorsSearch({ year: 2025, month: 12 }, lastEveningOfYear)).toEqual({ year: 2025, month: 12 });
    expect(validateIndicatorsSearch({ year: '1999', month: '13', agency: '' }, lastEveningOfYear)).toEqual({});
    expect(validateIndicatorsSearch({ year: '2025.5', month: 'x' }, lastEveningOfYear)).toEqual({});
  });

  it('shows the current 年度 as a whole when the address holds no period', () => {
    expect(periodOf({}, lastEveningOfYear)).toEqual({ fiscalYear: 2026, month: null });
    expect(periodOf({ year: 2024, month: 3 }, lastEveningOfYear)).toEqual({ fiscalYear: 2024, month: 3 });
  });
});
