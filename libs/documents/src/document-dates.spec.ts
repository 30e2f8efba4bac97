import { describe, expect, it } from '@jest/globals';
import { documentDates } from './document-dates.js';

describe('dates as documents print them', () => {
  // 23:30 in Japan on 1 December is 14:30 UTC the same day; 00:30 on the 2nd is 15:30 UTC on the 1st.
  const lateEvening = new Date('2026-12-01T14:30:00Z');
  const pastMidnight = new Date('2026-12-01T15:30:00Z');

  it('gives the JST day and time, whatever the server’s zone', () => {
    const dates = documentDates(false);
    expect(dates.dateTime(lateEvening)).toBe('2026年12月1日 23:30');
    expect(dates.date(pastMidnight)).toBe('2026年12月2日');
    expect(dates.localDate('2027-03-31')).toBe('2027年3月31日');
  });

  it('gives 和暦 when chosen, 元年 included', () => {
    const dates = documentDates(true);
    expect(dates.date(lateEvening)).toBe('令和8年12月1日');
    expect(dates.localDate('2019-05-01')).toBe('令和元年5月1日');
    expect(dates.localDate('2019-04-30')).toBe('平成31年4月30日');
  });
});
