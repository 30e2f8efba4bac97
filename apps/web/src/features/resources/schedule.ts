import type { DayOfWeek } from '../../gql/enums';

// A resource's weekly schedule (HSDS schedule): rows of a day and "HH:MM" opening hours, Japan time.

/** The week as a Japanese calendar reads it, Monday first. */
export const DAYS: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface ScheduleRow {
  readonly dayOfWeek: DayOfWeek;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly note?: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clock time as the API takes it: "HH:MM", 00:00–23:59. */
export function isTime(text: string): boolean {
  return TIME.test(text);
}

/** A closing time: as isTime, or 24:00 for a resource open until midnight. */
export function isClosingTime(text: string): boolean {
  return text === '24:00' || isTime(text);
}

/** The rows in the week's order, then by opening time. */
export function sortSchedules<T extends ScheduleRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => DAYS.indexOf(a.dayOfWeek) - DAYS.indexOf(b.dayOfWeek) || a.opensAt.localeCompare(b.opensAt));
}

/**
 * One line for a list: days sharing the same hours are joined (月・水 10:00〜15:00、土 11:00〜14:00),
 * so a resource open every weekday reads in one group. An empty schedule gives ''.
 */
export function scheduleSummary(rows: readonly ScheduleRow[], dayName: (day: DayOfWeek) => string): string {
  const groups = new Map<string, DayOfWeek[]>();
  for (const row of sortSchedules(rows)) {
    const hours = `${row.opensAt}〜${row.closesAt}`;
    const days = groups.get(hours) ?? [];
    if (!days.includes(row.dayOfWeek)) days.push(row.dayOfWeek);
    groups.set(hours, days);
  }
  return [...groups].map(([hours, days]) => `${days.map(dayName).join('・')} ${hours}`).join('、');
}
