import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { label, taskStatusLabels } from '../../app/labels';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { DataTable } from '../../ui/DataTable';
import { useDateFormat } from '../../ui/format';
import { table } from '../../ui/table';
import { m } from './messages';

export type ActionItem = RoomFieldsFragment['actionItems'][number];

/** Action items as a table; `extra` adds a last column (the review of an earlier item), `formatDate` another calendar. */
export function ActionItemTable({ items, extra, formatDate }: { items: readonly ActionItem[]; extra?: { heading: string; cell: (item: ActionItem) => ReactNode }; formatDate?: (iso: string) => string }) {
  const intl = useIntl();
  const format = useDateFormat();
  const date = formatDate ?? format.date;
  return (
    <DataTable columns={[intl.formatMessage(m.actionTitle), intl.formatMessage(m.actionCase), intl.formatMessage(m.assignee), intl.formatMessage(m.due), intl.formatMessage(m.status), extra?.heading]}>
      {items.map((item) => (
        <tr key={item.id} className={table.row}>
          <td className={table.cell}>{item.title}</td>
          <td className={table.cell}>{item.case?.title ?? intl.formatMessage(m.notRecorded)}</td>
          <td className={table.cell}>{item.assigneeAgency?.name ?? intl.formatMessage(m.notRecorded)}</td>
          <td className={`${table.cell} whitespace-nowrap`}>{item.dueAt ? date(item.dueAt) : intl.formatMessage(m.noDue)}</td>
          <td className={`${table.cell} whitespace-nowrap`}>{label(intl, taskStatusLabels, item.status)}</td>
          {extra && <td className={table.cell}>{extra.cell(item)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
