import { useIntl } from 'react-intl';
import { dayOfWeekLabels, label } from '../../app/labels';
import { DataTable } from '../../ui/DataTable';
import { table } from '../../ui/table';
import { m } from './messages';
import { sortSchedules, type ScheduleRow } from './schedule';

/** The weekly schedule as a table, Monday first. */
export function ScheduleTable({ schedules }: { schedules: readonly ScheduleRow[] }) {
  const intl = useIntl();
  if (schedules.length === 0) return <p className="text-std-16N-170">{intl.formatMessage(m.noSchedule)}</p>;
  return (
    <DataTable columns={[intl.formatMessage(m.colDay), intl.formatMessage(m.colHours), intl.formatMessage(m.colNote)]} caption={intl.formatMessage(m.scheduleCaption)}>
      {sortSchedules(schedules).map((row, index) => (
        <tr key={index} className={table.row}>
          <th scope="row" className={`${table.cell} text-std-16B-170`}>
            {label(intl, dayOfWeekLabels, row.dayOfWeek)}
          </th>
          <td className={`${table.cell} whitespace-nowrap`}>
            {row.opensAt}〜{row.closesAt}
          </td>
          <td className={table.cell}>{row.note}</td>
        </tr>
      ))}
    </DataTable>
  );
}
