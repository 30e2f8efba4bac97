// Plans are kept in calendar dates as Japanese municipalities count them (JST, UTC+9, no DST).
const JST_OFFSET_MS = 9 * 3_600_000;

/** The JST calendar date of an instant, YYYY-MM-DD. */
export function jstDate(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a JST calendar date begins (00:00 JST): when a task due on that day falls due. */
export function jstMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+09:00`);
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
