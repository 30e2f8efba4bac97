import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { communityActivitiesRoute } from '../../app/router';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { PageSection } from '../../ui/PageSection';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { m, mv } from './messages';
import { COMMUNITY_ACTIVITIES } from './operations';
import type { Period } from './period';
import { periodOf, type ActivitiesSearch } from './search-params';

/** 活動記録（地域づくり）: the activities of a period with the figures the 実施計画 reports. */
export function CommunityActivitiesPage() {
  const intl = useIntl();
  const { data: me } = useMe();
  const search = communityActivitiesRoute.useSearch();
  const period = periodOf(search);
  return (
    <>
      <PageHeading title={intl.formatMessage(m.title)}>
        <div className="flex flex-wrap gap-4">
          {hasRole(me?.me, 'COORDINATOR') && (
            <Link to="/community-activities/new" className={linkText}>
              {intl.formatMessage(m.record)}
            </Link>
          )}
          {hasRole(me?.me, 'CASEWORKER', 'COORDINATOR') && (
            <Link to="/resources/hosts" className={linkText}>
              {intl.formatMessage(m.hostsLink)}
            </Link>
          )}
        </div>
      </PageHeading>
      <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.lead)}</p>
      <ActivityFilters search={search} period={period} />
      <ActivityLog period={period} search={search} editable={hasRole(me?.me, 'COORDINATOR')} />
    </>
  );
}

function ActivityLog({ period, search, editable }: { period: Period; search: ActivitiesSearch; editable: boolean }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const { data, previousData, loading, error } = useQuery(COMMUNITY_ACTIVITIES, {
    variables: { from: period.from, to: period.to, kind: search.kind ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const log = (data ?? previousData)?.communityActivities;
  if (error && !log) return <ErrorNotice error={error} />;
  if (!log) return <Loading />;
  const totals = [
    [m.totalActivities, log.totals.activities],
    [m.totalSites, log.totals.sites],
    [m.totalParticipants, log.totals.participants],
    [m.totalBodies, log.totals.bodies],
  ] as const;
  return (
    <div aria-busy={loading}>
      <ErrorNotice error={error} className="mb-4" />
      <PageSection title={intl.formatMessage(m.totalsHeading)}>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {totals.map(([term, value]) => (
            <div key={term.id} className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 bg-white p-4">
              <dt className="text-std-16B-170 text-solid-gray-800">{intl.formatMessage(term)}</dt>
              <dd className="text-std-32B-150 text-solid-gray-900 tabular-nums">{intl.formatNumber(value)}</dd>
            </div>
          ))}
        </dl>
      </PageSection>
      <PageSection title={intl.formatMessage(m.activitiesHeading)}>
        {log.items.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 px-4 py-6 text-std-16N-170">{intl.formatMessage(m.empty)}</p>
        ) : (
          <ActivityTable
            activities={log.items}
            editable={editable}
            caption={intl.formatMessage(mv.listCaption, { count: log.items.length, from: date(period.from), to: date(period.to) })}
          />
        )}
      </PageSection>
    </div>
  );
}
