import { describe, expect, it } from 'vitest';
import { currentFiscalYear, fiscalYearOf, isDay, periodError } from './period';

describe('the fiscal year (年度)', () => {
  it('runs from 1 April to 31 March', () => {
    expect(fiscalYearOf('2026-12-02')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearOf('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearOf('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31' });
  });

  it('turns at midnight in Japan, whatever the device’s zone', () => {
    // 2027-03-31T15:30Z is already 1 April in Japan.
    expect(currentFiscalYear(new Date('2027-03-31T14:59:00Z'))).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(currentFiscalYear(new Date('2027-03-31T15:30:00Z'))).toEqual({ from: '2027-04-01', to: '2028-03-31' });
  });
});

describe('a period', () => {
  it('takes real calendar days only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(['2027-02-29', '2026-13-01', '2026-4-1', ''].filter(isDay)).toEqual([]);
  });

  it('is accepted from a day to the same or a later one, at most two years on', () => {
    expect(periodError({ from: '2026-04-01', to: '2026-04-01' })).toBeNull();
    expect(periodError({ from: '2026-04-01', to: '2028-04-01' })).toBeNull();
    expect(periodError({ from: '2028-02-29', to: '2030-02-28' })).toBeNull();
  });

  it('names the field and the reason when refused', () => {
    expect(periodError({ from: '', to: '2026-04-01' })).toEqual({ field: 'from', error: 'errDate' });
    expect(periodError({ from: '2026-04-01', to: '2026-02-30' })).toEqual({ field: 'to', error: 'errDate' });
    expect(periodError({ from: '2026-04-02', to: '2026-04-01' })).toEqual({ field: 'to', error: 'errPeriodOrder' });
    expect(periodError({ from: '2026-04-01', to: '2028-04-02' })).toEqual({ field: 'to', error: 'errPeriodLength' });
  });
});
