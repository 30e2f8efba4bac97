import { todayInJapan } from '../cases/consents/consent-input';

// The dashboard's period is a fiscal year (年度, 1 April to 31 March) or one month of it, and
// optionally one agency. It lives in the address (/indicators?year=2026&month=5&agency=…) so
// a view can be reloaded, printed again or shared; what the address holds is checked here.

export interface IndicatorsSearch {
  readonly year?: number;
  readonly month?: number;
  readonly agency?: string;
}

/** The API's IndicatorPeriodInput: month 1–12 inside the 年度, absent for the whole year. */
export interface PeriodChoice {
  readonly fiscalYear: number;
  readonly month: number | null;
}

/** How many past 年度 the filter offers besides the current one. */
const PAST_YEARS = 4;

/** The months of a 年度 in their order: April first, March last. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;

/** The 年度 holding a day (YYYY-MM-DD): the year it began on 1 April. */
export function fiscalYearOfDay(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The current 年度 in Japan. */
export const currentFiscalYear = (now = new Date()): number => fiscalYearOfDay(todayInJapan(now));

/** The 年度 the filter offers, newest first. */
export function fiscalYearChoices(now = new Date()): number[] {
  const current = currentFiscalYear(now);
  return Array.from({ length: PAST_YEARS + 1 }, (_, index) => current - index);
}

const wholeNumber = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
};

/** The route's validateSearch: an unknown 年度, a month outside 1–12 or an empty agency is dropped. */
export function validateIndicatorsSearch(search: Record<string, unknown>, now = new Date()): IndicatorsSearch {
  const year = wholeNumber(search['year']);
  const month = wholeNumber(search['month']);
  const agency = typeof search['agency'] === 'string' && search['agency'] !== '' ? search['agency'] : undefined;
  return {
    ...(year !== undefined && fiscalYearChoices(now).includes(year) ? { year } : {}),
    ...(month !== undefined && month >= 1 && month <= 12 ? { month } : {}),
    ...(agency ? { agency } : {}),
  };
}

/** The period shown: the address's, else the current 年度 as a whole. */
export function periodOf(search: IndicatorsSearch, now = new Date()): PeriodChoice {
  return { fiscalYear: search.year ?? currentFiscalYear(now), month: search.month ?? null };
}

/** The calendar year of a month of a 年度 (January–March belong to the next calendar year). */
export const calendarYearOf = (fiscalYear: number, month: number): number => (month >= 4 ? fiscalYear : fiscalYear + 1);
