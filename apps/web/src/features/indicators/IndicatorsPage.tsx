import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { indicatorsRoute } from '../../app/router';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { PageSection } from '../../ui/PageSection';
import { RoleGate } from '../../ui/RoleGate';
import { IndicatorCard, type IndicatorFigures } from './IndicatorCard';
import { IndicatorDownloads } from './IndicatorDownloads';
import { IndicatorFilters } from './IndicatorFilters';
import { IndicatorSettingsSection } from './IndicatorSettingsSection';
import { m, mv } from './messages';
import { INDICATOR_REPORT } from './operations';
import { periodOf, type IndicatorsSearch, type PeriodChoice } from './period';
import { TargetDialog } from './TargetDialog';
import { usePeriodLabel } from './usePeriodLabel';

/** 指標: the period's figures for the coordinator and the administrator, who also sets targets. */
export function IndicatorsPage() {
  const intl = useIntl();
  return (
    <RoleGate roles={['COORDINATOR', 'ADMIN']}>
      <PageHeading title={intl.formatMessage(m.title)}>
        <Button variant="outline" className="print:hidden" onClick={() => window.print()}>
          {intl.formatMessage(m.print)}
        </Button>
      </PageHeading>
      <p className="mb-6 text-std-16N-170 print:hidden">{intl.formatMessage(m.lead)}</p>
      <Dashboard />
    </RoleGate>
  );
}

function Dashboard() {
  const { data: me } = useMe();
  const search = indicatorsRoute.useSearch();
  const period = periodOf(search);
  const admin = hasRole(me?.me, 'ADMIN');
  return (
    <>
      <IndicatorFilters search={search} period={period} />
      <Report search={search} period={period} admin={admin} />
    </>
  );
}

function Report({ search, period, admin }: { search: IndicatorsSearch; period: PeriodChoice; admin: boolean }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const periodLabel = usePeriodLabel(period);
  const agencyId = search.agency ?? null;
  const [editing, setEditing] = useState<IndicatorFigures | null>(null);
  const { data, previousData, loading, error } = useQuery(INDICATOR_REPORT, {
    variables: { period: { fiscalYear: period.fiscalYear, month: period.month }, agencyId },
    fetchPolicy: 'cache-and-network',
  });
  const report = (data ?? previousData)?.indicatorReport;
  if (error && !report) return <ErrorNotice error={error} />;
  if (!report) return <Loading />;
  const indicators = report.groups.flatMap((group) => group.indicators);
  return (
    <div aria-busy={loading}>
      <ErrorNotice error={error} className="mb-4" />
      <p className="mb-6 text-std-20B-150" role="status">
        {periodLabel}（{intl.formatMessage(mv.periodCaption, { from: date(report.period.from), to: date(report.period.to) })}）
      </p>
      {report.groups.length === 0 && <p className="text-std-16N-170">{intl.formatMessage(m.empty)}</p>}
      {report.groups.length > 1 && (
        // The groups are long: a table of contents takes the reader straight to one.
        <nav aria-label={intl.formatMessage(m.contents)} className="mb-8 print:hidden">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {report.groups.map((group) => (
              <li key={group.key}>
                <a href={`#indicators-${group.key}`} className={linkText}>
                  {group.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {report.groups.map((group) => (
        <div key={group.key} id={`indicators-${group.key}`}>
          <PageSection title={group.title}>
            <div className="grid gap-6">
              {group.indicators.map((indicator) => (
                <IndicatorCard key={indicator.key} indicator={indicator} search={search} wholeYear={period.month === null} {...(admin ? { onSetTarget: setEditing } : {})} />
              ))}
            </div>
          </PageSection>
        </div>
      ))}
      {admin && (
        // The administrator's controls stay on the screen; a printed dashboard is the figures.
        <div className="print:hidden">
          <IndicatorDownloads period={period} agencyId={agencyId} />
          <IndicatorSettingsSection indicators={indicators} />
          <TargetDialog indicator={editing} period={period} periodLabel={periodLabel} agencyId={agencyId} onClose={() => setEditing(null)} />
        </div>
      )}
    </div>
  );
}
