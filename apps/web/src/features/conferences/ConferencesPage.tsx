import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { conferenceKindLabels, conferenceStatusLabels, label } from '../../app/labels';
import { hasRole, useMe } from '../../app/me';
import type { ConferencesQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { table } from '../../ui/table';
import { CancelConferenceDialog } from './CancelConferenceDialog';
import { m, mv } from './messages';
import { CONFERENCES } from './operations';
import { ScheduleConferenceDialog } from './ScheduleConferenceDialog';
import { statusTone } from './status';

type Listed = ConferencesQuery['conferences'][number];

const DAY = 86_400_000;
// Recent meetings stay in reach for their minutes; planning runs about a year ahead.
const PAST_DAYS = 90;
const FUTURE_DAYS = 365;

function listRange() {
  const now = Date.now();
  return { from: new Date(now - PAST_DAYS * DAY).toISOString(), to: new Date(now + FUTURE_DAYS * DAY).toISOString() };
}

export function ConferencesPage() {
  const intl = useIntl();
  const me = useMe().data?.me;
  const coordinator = hasRole(me, 'COORDINATOR');
  // Fixed when the page opens, so the list's query keeps one identity while it is shown.
  const [range] = useState(listRange);
  const { data, loading, error } = useQuery(CONFERENCES, { variables: range, fetchPolicy: 'cache-and-network' });
  const [scheduling, setScheduling] = useState(false);
  const [cancelling, setCancelling] = useState<Listed | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const sorted = [...(data?.conferences ?? [])].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const upcoming = sorted.filter((c) => c.status === 'SCHEDULED' || c.status === 'IN_PROGRESS');
  const recent = sorted.filter((c) => c.status === 'ENDED' || c.status === 'CANCELLED').reverse();

  return (
    <>
      <PageHeading title={intl.formatMessage(m.listTitle)}>
        {coordinator && (
          <Button onClick={() => setScheduling(true)}>{intl.formatMessage(m.schedule)}</Button>
        )}
      </PageHeading>
      {done && (
        <Notice tone="success" className="mb-6">
          {done}
        </Notice>
      )}
      <ErrorNotice error={error} className="mb-6" />
      {loading && !data ? (
        <Loading />
      ) : (
        <div className="flex flex-col gap-10">
          <ConferenceTable heading={intl.formatMessage(m.upcoming)} rows={upcoming} onCancel={coordinator ? setCancelling : undefined} />
          <ConferenceTable heading={intl.formatMessage(m.recent)} rows={recent} />
        </div>
      )}
      {scheduling && (
        <ScheduleConferenceDialog
          onClose={(title) => {
            setScheduling(false);
            if (title) setDone(intl.formatMessage(mv.scheduled, { title }));
          }}
        />
      )}
      {cancelling && (
        <CancelConferenceDialog
          conference={cancelling}
          onClose={(cancelled) => {
            setCancelling(null);
            if (cancelled) setDone(intl.formatMessage(mv.cancelled, { title: cancelling.title }));
          }}
        />
      )}
    </>
  );
}

function ConferenceTable({ heading, rows, onCancel }: { heading: string; rows: readonly Listed[]; onCancel?: ((conference: Listed) => void) | undefined }) {
  const intl = useIntl();
  const format = useDateFormat();
  const headingId = `conferences-${heading}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-4 text-std-24B-150">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.none)}</p>
      ) : (
        <DataTable columns={[intl.formatMessage(m.colDate), intl.formatMessage(m.colTitle), intl.formatMessage(m.colKind), intl.formatMessage(m.colStatus), intl.formatMessage(m.colActions)]}>
          {rows.map((conference) => (
            <tr key={conference.id} className={table.row}>
              <td className={`${table.cell} whitespace-nowrap`}>{format.dateTime(conference.scheduledAt)}</td>
              <td className={table.cell}>
                <Link to="/conferences/$conferenceId" params={{ conferenceId: conference.id }} className={linkText}>
                  {conference.title}
                </Link>
                {conference.cancellationReason && (
                  <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(mv.cancelledBecause, { reason: conference.cancellationReason })}</p>
                )}
              </td>
              <td className={table.cell}>{label(intl, conferenceKindLabels, conference.kind)}</td>
              <td className={table.cell}>
                <Badge tone={statusTone[conference.status]}>{label(intl, conferenceStatusLabels, conference.status)}</Badge>
              </td>
              <td className={table.cell}>
                <div className="flex flex-wrap gap-2">
                  {conference.status !== 'CANCELLED' && (
                    <Link to="/conferences/$conferenceId/record" params={{ conferenceId: conference.id }} className={linkText} aria-label={`${intl.formatMessage(m.record)}：${conference.title}`}>
                      {intl.formatMessage(m.record)}
                    </Link>
                  )}
                  {onCancel && conference.status === 'SCHEDULED' && (
                    <Button variant="text" size="sm" onClick={() => onCancel(conference)} aria-label={`${intl.formatMessage(m.cancel)}：${conference.title}`}>
                      {intl.formatMessage(m.cancel)}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
