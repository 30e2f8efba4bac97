import type { FieldViolation } from './domain-error.js';

// The platform keeps calendar dates as Japanese municipalities count them (JST, UTC+9, no DST).
const JST_OFFSET_MS = 9 * 3_600_000;
// The earliest date the platform stores and means: PostgreSQL has no year 0, and nothing it records happened before.
const EARLIEST = '1900-01-01';

/** The JST calendar date of an instant, YYYY-MM-DD. */
export function jstDate(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a JST calendar date begins (00:00 JST): when something due on that day falls due. */
export function jstMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+09:00`);
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A date of something that already happened (support given, an activity held): from 1900 up to today in Japan, or its violation. */
export function pastDateViolations(field: string, date: string, now: Date): FieldViolation[] {
  if (date < EARLIEST) return [{ field, message: '1900年以降の日付を入力してください' }];
  if (date > jstDate(now)) return [{ field, message: '未来の日付は入力できません' }];
  return [];
}
