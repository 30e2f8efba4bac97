// What a chart of one indicator draws, kept apart from recharts so it is tested as plain data.

export interface IndicatorMonth {
  /** "YYYY-MM" */
  readonly month: string;
  readonly value: number;
}

export interface MonthBar {
  readonly month: number;
  readonly value: number;
}

/** The API's months as the chart's bars, in the order given (a 年度 runs April to March). */
export const monthBars = (byMonth: readonly IndicatorMonth[]): MonthBar[] => byMonth.map(({ month, value }) => ({ month: Number(month.slice(5, 7)), value }));

// Units whose figure is no sum of its months (days as a median or mean; sites and bodies
// counted once however often they appear): a year's target for them holds for every month
// alike, where a count's is shared out over the months.
const LEVEL_UNITS = new Set(['日', 'か所', '団体', '%']);

export interface TargetLine {
  readonly value: number;
  /** True when a year's count target is shown per month (target ÷ 12). */
  readonly perMonth: boolean;
}

/**
 * The reference line a chart of months draws for a target: a month's target as it is; a
 * whole year's target of a count as its monthly share, since the bars are months.
 */
export function targetLine(target: number | null | undefined, unit: string, wholeYear: boolean): TargetLine | null {
  if (target == null) return null;
  if (!wholeYear || LEVEL_UNITS.has(unit)) return { value: target, perMonth: false };
  return { value: Math.round((target / 12) * 10) / 10, perMonth: true };
}

/** The actual as a share of the target (1 = met), or null without a positive target. */
export const achievement = (value: number, target: number | null | undefined): number | null => (target != null && target > 0 ? value / target : null);
