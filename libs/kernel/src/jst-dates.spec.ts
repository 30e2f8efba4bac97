import { describe, expect, it } from '@jest/globals';
import { jstDate, pastDateViolations } from './jst-dates.js';

describe('dates of support given (JST calendar dates)', () => {
  // 14:30 UTC is 23:30 JST (still the 31st in Japan); 15:30 UTC is 00:30 JST on the 1st.
  const lateEvening = new Date('2026-03-31T14:30:00Z');
  const afterMidnight = new Date('2026-03-31T15:30:00Z');

  it('counts the day in Japan time, not UTC', () => {
    expect(jstDate(lateEvening)).toBe('2026-03-31');
    expect(jstDate(afterMidnight)).toBe('2026-04-01');
  });

  it('accepts today and the past, refuses tomorrow (JST) and dates before 1900, naming the field', () => {
    expect(pastDateViolations('supportedOn', '2026-03-31', lateEvening)).toEqual([]);
    expect(pastDateViolations('supportedOn', '1900-01-01', lateEvening)).toEqual([]);
    expect(pastDateViolations('supportedOn', '2026-04-01', lateEvening).map((v) => v.field)).toEqual(['supportedOn']);
    expect(pastDateViolations('supportedOn', '2026-04-01', afterMidnight)).toEqual([]);
    expect(pastDateViolations('heldOn', '1899-12-31', lateEvening).map((v) => v.field)).toEqual(['heldOn']);
  });
});
