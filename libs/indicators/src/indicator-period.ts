import { addDays } from '@renkei/kernel';

/** A fiscal year (年度, April to March, JST), or one month of it. */
export interface Period {
  readonly fiscalYear: number;
  readonly month: number | null;
  /** First and last day, inclusive (JST calendar dates). */
  readonly from: string;
  readonly to: string;
  /** The months it spans, YYYY-MM, in order. */
  readonly months: readonly string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

// The calendar year of month `month` (1–12) of fiscal year `fiscalYear`: January to March fall in the next one.
function yearOf(fiscalYear: number, month: number): number {
  return month >= 4 ? fiscalYear : fiscalYear + 1;
}

/** The period of `fiscalYear` (年度 N: April 1 of N to March 31 of N+1), or of one month inside it. */
export function periodOf(fiscalYear: number, month: number | null): Period {
  if (month !== null) {
    const year = yearOf(fiscalYear, month);
    const from = `${year}-${pad(month)}-01`;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
    return { fiscalYear, month, from, to: addDays(next, -1), months: [from.slice(0, 7)] };
  }
  const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => `${yearOf(fiscalYear, m)}-${pad(m)}`);
  return { fiscalYear, month: null, from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31`, months };
}

/** The fiscal year a JST calendar date falls in. */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}
