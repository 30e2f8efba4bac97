import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { linkText } from '../../../ui/classes';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useDateFormat } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { RoleGate } from '../../../ui/RoleGate';
import { table } from '../../../ui/table';
import { BackToResources } from '../../resources/BackToResources';
import { m, mv } from './messages';
import { HOSTS_NEEDING_SUPPORT } from './operations';

/**
 * 支援が必要な受入先: the hosts with support notes still needing follow-up, for those who support
 * them. Who is connected to a host is never shown, only how many.
 */
export function HostsNeedingSupportPage() {
  const intl = useIntl();
  return (
    <RoleGate roles={['COORDINATOR', 'CASEWORKER']}>
      <BackToResources />
      <PageHeading title={intl.formatMessage(m.listTitle)} />
      <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.listLead)}</p>
      <HostList />
    </RoleGate>
  );
}

function HostList() {
  const intl = useIntl();
  const { date } = useDateFormat();
  const { data, error } = useQuery(HOSTS_NEEDING_SUPPORT, { fetchPolicy: 'cache-and-network' });
  const hosts = data?.hostsNeedingSupport;
  if (!hosts) return error ? <ErrorNotice error={error} /> : <Loading />;
  if (hosts.length === 0) return <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 px-4 py-6 text-std-16N-170">{intl.formatMessage(m.listEmpty)}</p>;
  const columns = [m.colHost, m.colOpen, m.colLast, m.colReferrals].map((column) => intl.formatMessage(column));
  return (
    <>
      <ErrorNotice error={error} className="mb-4" />
      <DataTable columns={columns} caption={intl.formatMessage(m.listCaption)}>
        {hosts.map((host) => (
          <tr key={host.resource.id} className={table.row}>
            <td className={table.cell}>
              <Link to="/resources/$resourceId" params={{ resourceId: host.resource.id }} className={`text-std-16B-170 ${linkText}`}>
                {host.resource.name}
              </Link>
              <span className="block text-dns-14N-130 text-solid-gray-700">{host.resource.area}</span>
            </td>
            <td className={`${table.cell} tabular-nums`}>{intl.formatMessage(mv.count, { count: host.openNotes })}</td>
            <td className={`${table.cell} whitespace-nowrap`}>{host.lastSupportedOn ? date(host.lastSupportedOn) : intl.formatMessage(m.never)}</td>
            <td className={`${table.cell} tabular-nums`}>{intl.formatMessage(mv.people, { count: host.activeReferrals })}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
