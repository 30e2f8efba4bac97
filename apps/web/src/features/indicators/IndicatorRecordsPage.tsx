import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { indicatorRecordsRoute } from '../../app/router';
import type { IndicatorKey } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { table } from '../../ui/table';
import { m, mv } from './messages';
import { INDICATOR_RECORDS, INDICATOR_REPORT } from './operations';
import { periodOf, type IndicatorsSearch } from './period';
import { RecordLink } from './RecordLink';
import { usePeriodLabel } from './usePeriodLabel';

/** The records behind a figure of the dashboard: only those the reader may open, each to its own page. */
export function IndicatorRecordsPage() {
  return (
    <RoleGate roles={['COORDINATOR', 'ADMIN']}>
      <Records />
    </RoleGate>
  );
}

const kindLabels = { CASE: m.kindCASE, CONFERENCE: m.kindCONFERENCE, TASK: m.kindTASK, REFERRAL: m.kindREFERRAL, ACTIVITY: m.kindACTIVITY } as const;

function Records() {
  const intl = useIntl();
  const { key, cell, ...search } = indicatorRecordsRoute.useSearch();
  const period = periodOf(search);
  const periodLabel = usePeriodLabel(period);
  const variables = { period: { fiscalYear: period.fiscalYear, month: period.month }, agencyId: search.agency ?? null };
  // The dashboard's figures (usually cached) name the indicator and the breakdown's line.
  const { data } = useQuery(INDICATOR_REPORT, { variables });
  const indicator = data?.indicatorReport.groups.flatMap((group) => group.indicators).find((shown) => shown.key === key);
  const cellLabel = cell && indicator?.breakdown.find((line) => line.key === cell)?.label;
  const title = !indicator
    ? intl.formatMessage(m.recordsTitle)
    : cellLabel
      ? intl.formatMessage(mv.recordsOfCell, { title: indicator.title, cell: cellLabel })
      : intl.formatMessage(mv.recordsOf, { title: indicator.title });
  return (
    <>
      <p className="mb-4 print:hidden">
        <Link to="/indicators" search={search} className={linkText}>
          {intl.formatMessage(m.backToIndicators)}
        </Link>
      </p>
      <PageHeading title={title} />
      <p className="mb-2 text-std-16B-170">{periodLabel}</p>
      <p className="mb-6 text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.recordsHint)}</p>
      {key ? <RecordList search={search} indicatorKey={key} cell={cell ?? null} /> : <p className="text-std-16N-170">{intl.formatMessage(m.recordsEmpty)}</p>}
    </>
  );
}

function RecordList({ search, indicatorKey, cell }: { search: IndicatorsSearch; indicatorKey: IndicatorKey; cell: string | null }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const period = periodOf(search);
  const { data, error } = useQuery(INDICATOR_RECORDS, {
    variables: { key: indicatorKey, period: { fiscalYear: period.fiscalYear, month: period.month }, agencyId: search.agency ?? null, cell },
  });
  const list = data?.indicatorRecords;
  if (error) return <ErrorNotice error={error} />;
  if (!list) return <Loading />;
  if (list.length === 0) return <p className="text-std-16N-170">{intl.formatMessage(m.recordsEmpty)}</p>;
  return (
    <DataTable caption={intl.formatMessage(mv.recordsCaption, { count: list.length })} columns={[intl.formatMessage(m.colOn), intl.formatMessage(m.colKind), intl.formatMessage(m.colLabel)]}>
      {list.map((record) => (
        <tr key={`${record.kind}-${record.id}`} className={table.row}>
          <td className={`${table.cell} whitespace-nowrap`}>{date(record.on)}</td>
          <td className={table.cell}>{intl.formatMessage(kindLabels[record.kind])}</td>
          <td className={table.cell}>
            <RecordLink record={record} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
