import { todayInJapan } from '../cases/consents/consent-input';

// 地域づくり figures are reported per fiscal year (年度, April to March), so the log opens on the
// current one. Dates are calendar days in Japan time (YYYY-MM-DD), the API's LocalDate.

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** What a period may be; the API refuses the same (to ≥ from, at most two years apart). */
export type PeriodError = 'errDate' | 'errPeriodOrder' | 'errPeriodLength';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD (not 2026-02-30). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The fiscal year (年度) holding `day`: 1 April to 31 March. */
export function fiscalYearOf(day: string): Period {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 4 ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The current fiscal year in Japan. */
export const currentFiscalYear = (now = new Date()): Period => fiscalYearOf(todayInJapan(now));

/** The day two years after `day` (29 February falls back to 28). */
function twoYearsAfter(day: string): string {
  const later = `${Number(day.slice(0, 4)) + 2}${day.slice(4)}`;
  return isDay(later) ? later : `${later.slice(0, 8)}28`;
}

/** Why `from`–`to` is no period the log can show, or null when it is one. */
export function periodError({ from, to }: Period): { field: keyof Period; error: PeriodError } | null {
  if (!isDay(from)) return { field: 'from', error: 'errDate' };
  if (!isDay(to)) return { field: 'to', error: 'errDate' };
  if (to < from) return { field: 'to', error: 'errPeriodOrder' };
  if (to > twoYearsAfter(from)) return { field: 'to', error: 'errPeriodLength' };
  return null;
}
