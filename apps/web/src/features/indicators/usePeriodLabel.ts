import { useIntl } from 'react-intl';
import { mv } from './messages';
import type { PeriodChoice } from './period';

/** 「2026年度」 or 「2026年度 5月」: the period as the dashboard and the target dialog name it. */
export function usePeriodLabel({ fiscalYear, month }: PeriodChoice): string {
  const intl = useIntl();
  const year = intl.formatMessage(mv.periodYear, { year: fiscalYear });
  return month === null ? year : `${year} ${intl.formatMessage(mv.monthName, { month })}`;
}
