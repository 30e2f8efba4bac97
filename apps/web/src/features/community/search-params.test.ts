import { describe, expect, it } from 'vitest';
import { periodOf, searchShowing, validateActivitiesSearch } from './search-params';

const DECEMBER = new Date('2026-12-02T03:00:00Z');

describe('validateActivitiesSearch', () => {
  it('keeps a valid period and kind', () => {
    expect(validateActivitiesSearch({ from: '2025-04-01', to: '2026-03-31', kind: 'EXCHANGE', other: 'x' })).toEqual({ from: '2025-04-01', to: '2026-03-31', kind: 'EXCHANGE' });
  });

  it('drops an unknown kind, a lone date, a broken or an impossible period', () => {
    expect(validateActivitiesSearch({ kind: 'PICNIC', from: '2025-04-01' })).toEqual({});
    expect(validateActivitiesSearch({ from: '2025-04-01', to: '2025-02-30' })).toEqual({});
    expect(validateActivitiesSearch({ from: '2026-04-01', to: '2025-04-01' })).toEqual({});
    expect(validateActivitiesSearch({ from: '2020-04-01', to: '2026-03-31' })).toEqual({});
  });
});

describe('periodOf', () => {
  it('is the current fiscal year unless the address says otherwise', () => {
    expect(periodOf({}, DECEMBER)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(periodOf({ kind: 'LEARNING' }, DECEMBER)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(periodOf({ from: '2026-10-01', to: '2026-12-31' }, DECEMBER)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});

describe('searchShowing', () => {
  it('opens the log on the fiscal year of the activity', () => {
    expect(searchShowing('2026-04-01', DECEMBER)).toEqual({});
    expect(searchShowing('2026-03-31', DECEMBER)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});
