import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { CaseListQuery } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { useDateFormat } from '../../ui/format';
import { table } from '../../ui/table';
import { CaseStatusBadge } from './CaseStatusBadge';
import { m } from './messages';
import { WithheldBadge } from './WithheldBadge';

type ListedCase = CaseListQuery['cases']['edges'][number]['node'];

export function CaseTable({ cases, caption }: { cases: readonly ListedCase[]; caption: string }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  return (
    <DataTable caption={caption} columns={[intl.formatMessage(m.colTitle), intl.formatMessage(m.colSubject), intl.formatMessage(m.colStatus), intl.formatMessage(m.colTeam), intl.formatMessage(m.colUpdated)]}>
      {cases.map((c) => (
        <tr key={c.id} className={table.row}>
          <td className={table.cell}>
            <Link to="/cases/$caseId" params={{ caseId: c.id }} className={linkText}>
              {c.title}
            </Link>
          </td>
          <td className={`${table.cell} whitespace-nowrap`}>
            {c.subject ? (
              <>
                <span className="block">{c.subject.fullName}</span>
                <span className="block text-dns-14N-130 text-solid-gray-700">{c.subject.fullNameKana}</span>
              </>
            ) : (
              <WithheldBadge />
            )}
          </td>
          <td className={table.cell}>
            <CaseStatusBadge status={c.status} />
          </td>
          <td className={table.cell}>
            <ul className="flex flex-col gap-1">
              {c.team.map((agency) => (
                <li key={agency.id}>{agency.name}</li>
              ))}
            </ul>
          </td>
          <td className={`${table.cell} whitespace-nowrap`}>{date(c.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
