import { useIntl } from 'react-intl';
import { dayOfWeekLabels, label } from '../../app/labels';
import { m } from './messages';
import { scheduleSummary, type ScheduleRow } from './schedule';

/** A schedule's one-line summary in the reader's language, or 日時の定めなし. */
export function useScheduleSummary(): (rows: readonly ScheduleRow[]) => string {
  const intl = useIntl();
  return (rows) => scheduleSummary(rows, (day) => label(intl, dayOfWeekLabels, day)) || intl.formatMessage(m.noSchedule);
}
