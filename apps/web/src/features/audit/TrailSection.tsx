import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { basisLabels, dataCategoryLabels, label } from '../../app/labels';
import type { AuditTrailQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageSection } from '../../ui/PageSection';
import { DataTable } from '../../ui/DataTable';
import { table } from '../../ui/table';
import { actionLabel } from './actions';
import { m, mv } from './messages';
import { AUDIT_AGENCIES, AUDIT_EVENTS } from './operations';
import { toApiFilter, type TrailFilterForm as Filter } from './trailFilter';
import { TrailFilterForm } from './TrailFilterForm';

const PAGE = 50;

type AuditEvent = AuditTrailQuery['auditEvents']['edges'][number]['node'];

/**
 * A read that repeated the day's provision records, and how many: the trail keeps every read,
 * the 提供記録 one record a day, and the read's entry names the records (`details.repeated`).
 */
function RepeatedRead({ details }: { details: string }) {
  const intl = useIntl();
  const count = useMemo(() => {
    try {
      const { repeated } = JSON.parse(details) as { repeated?: unknown };
      return Array.isArray(repeated) ? repeated.length : 0;
    } catch {
      return 0;
    }
  }, [details]);
  return count > 0 ? <span className="block">{intl.formatMessage(mv.repeatedRead, { count: intl.formatNumber(count) })}</span> : null;
}

/** The first part of an id: enough to tell rows apart on screen; the filter takes the whole. */
const shortId = (id: string) => id.slice(0, 8);

export function TrailSection({ filter, onFilter, onShowProvisions }: { filter: Filter; onFilter: (filter: Filter) => void; onShowProvisions: (caseId: string) => void }) {
  const intl = useIntl();
  const { data, loading, error, fetchMore } = useQuery(AUDIT_EVENTS, { variables: { filter: toApiFilter(filter), first: PAGE }, notifyOnNetworkStatusChange: true });
  const connection = data?.auditEvents;
  const more = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditEvents: { ...fetchMoreResult.auditEvents, edges: [...(previous.auditEvents?.edges ?? []), ...fetchMoreResult.auditEvents.edges] },
      }),
    }).catch(() => undefined);

  return (
    <PageSection title={intl.formatMessage(m.trail)}>
      <TrailFilterForm value={filter} onApply={onFilter} />
      <ErrorNotice error={error} className="mb-4" />
      {connection && connection.edges.length === 0 && <p className="text-std-16N-170">{intl.formatMessage(m.noEvents)}</p>}
      {connection && connection.edges.length > 0 && (
        <>
          <p className="mb-2 text-std-16N-170" role="status">
            {intl.formatMessage(mv.total, { shown: intl.formatNumber(connection.edges.length), total: intl.formatNumber(connection.totalCount) })}
          </p>
          <TrailTable
            events={connection.edges.map((edge) => edge.node)}
            onFilterActor={(actorId) => onFilter({ ...filter, actorId })}
            onFilterCase={(caseId) => onFilter({ ...filter, caseId })}
            onShowProvisions={onShowProvisions}
          />
        </>
      )}
      {loading && <Loading />}
      {connection?.pageInfo.hasNextPage && !loading && (
        <div className="mt-4 print:hidden">
          <Button variant="outline" onClick={() => void more()}>
            {intl.formatMessage(m.more)}
          </Button>
        </div>
      )}
    </PageSection>
  );
}

interface TrailTableProps {
  events: readonly AuditEvent[];
  onFilterActor: (actorId: string) => void;
  onFilterCase: (caseId: string) => void;
  onShowProvisions: (caseId: string) => void;
}

function TrailTable({ events, onFilterActor, onFilterCase, onShowProvisions }: TrailTableProps) {
  const intl = useIntl();
  const format = useDateFormat();
  const agencies = useQuery(AUDIT_AGENCIES);
  const agencyNames = useMemo(() => new Map((agencies.data?.agencies ?? []).map((agency) => [agency.id, agency.name])), [agencies.data]);
  const agencyName = (id: string) => agencyNames.get(id) ?? intl.formatMessage(m.unknownAgency);
  return (
    <DataTable columns={[intl.formatMessage(m.sequence), intl.formatMessage(m.occurredAt), intl.formatMessage(m.action), intl.formatMessage(m.actorCol), intl.formatMessage(m.target)]}>
      {events.map((event) => (
        <tr key={event.id} className={table.row}>
          <td className={`${table.cell} tabular-nums`}>{event.sequence}</td>
          <td className={`${table.cell} whitespace-nowrap`}>{format.dateTime(event.occurredAt)}</td>
          <th scope="row" className={`${table.cell} font-normal`}>
            <span className="block text-std-16B-170">{actionLabel(intl, event.action)}</span>
            {event.categories.length > 0 && <span className="block">{event.categories.map((c) => label(intl, dataCategoryLabels, c)).join('、')}</span>}
            {event.basis && <span className="block">{label(intl, basisLabels, event.basis)}</span>}
            <RepeatedRead details={event.details} />
            {event.recipientAgencyId && <span className="block">→ {agencyName(event.recipientAgencyId)}</span>}
          </th>
          <td className={table.cell}>
            <span className="block">{event.actorAgencyId ? agencyName(event.actorAgencyId) : intl.formatMessage(m.system)}</span>
            {event.actorId && <span className="hidden break-all print:block">{event.actorId}</span>}
            {event.actorId && (
              <Button variant="text" size="sm" className="print:hidden" onClick={() => onFilterActor(event.actorId as string)}>
                {intl.formatMessage(mv.filterByActor, { who: shortId(event.actorId) })}
              </Button>
            )}
          </td>
          <td className={table.cell}>
            {event.caseId && <span className="hidden break-all print:block">{event.caseId}</span>}
            {event.caseId && (
              <div className="flex flex-col items-start gap-1 print:hidden">
                <Button variant="text" size="sm" onClick={() => onFilterCase(event.caseId as string)}>
                  {intl.formatMessage(mv.filterByCase, { id: shortId(event.caseId) })}
                </Button>
                <Button variant="text" size="sm" onClick={() => onShowProvisions(event.caseId as string)}>
                  {intl.formatMessage(mv.provisionsOf, { id: shortId(event.caseId) })}
                </Button>
              </div>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
