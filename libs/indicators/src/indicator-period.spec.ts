import { fiscalYearOf, periodOf } from './indicator-period.js';

describe('periodOf', () => {
  it('spans April 1 to March 31 for a whole fiscal year, twelve months in order', () => {
    const period = periodOf(2026, null);
    expect([period.from, period.to]).toEqual(['2026-04-01', '2027-03-31']);
    expect(period.months).toHaveLength(12);
    expect([period.months[0], period.months[8], period.months[11]]).toEqual(['2026-04', '2026-12', '2027-03']);
  });

  it('places January to March in the next calendar year, with their last days', () => {
    expect(periodOf(2026, 2)).toMatchObject({ from: '2027-02-01', to: '2027-02-28', months: ['2027-02'] });
    expect(periodOf(2027, 2)).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf(2026, 12)).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf(2026, 4)).toMatchObject({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('finds the fiscal year of a date across the March/April boundary', () => {
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
  });
});
