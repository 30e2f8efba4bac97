import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { caseRoute } from '../../app/router';
import { hasCode } from '../../graphql/errors';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { CaseRecordSection } from './CaseRecordSection';
import { CaseStatusSection } from './CaseStatusSection';
import { CaseTeamSection } from './CaseTeamSection';
import { ConsentsSection } from './consents/ConsentsSection';
import { m } from './messages';
import { CASE } from './operations';
import { CaseSummariesSection } from './summaries/CaseSummariesSection';
import { CasePlanSection } from '../plans/CasePlanSection';
import { EmergencyAccessAction } from '../emergency/EmergencyAccessAction';
import { ReferralsSection } from '../participation/ReferralsSection';

/** ケース詳細: the person (or 非開示), the status and its next steps, the team, the support plan, the referrals (参加支援), the summaries and the consents. */
export function CasePage() {
  const intl = useIntl();
  const { caseId } = caseRoute.useParams();
  const { data: me } = useMe();
  const { dateTime } = useDateFormat();
  const { data, error, loading, refetch } = useQuery(CASE, { variables: { id: caseId } });
  const c = data?.case;

  // A case one may not know of looks exactly like a missing one (the server says NOT_FOUND for both).
  if (hasCode(error, 'NOT_FOUND') || (!loading && !error && !c)) return <CaseNotFound />;
  if (!c) return error ? <ErrorNotice error={error} /> : <Loading />;

  const isCoordinator = hasRole(me?.me, 'COORDINATOR');
  return (
    <>
      <p className="mb-2">
        <Link to="/cases" className={linkText}>
          {intl.formatMessage(m.backToList)}
        </Link>
      </p>
      <PageHeading title={c.title}>
        <p className="text-std-16N-170 text-solid-gray-700">
          {intl.formatMessage(m.updatedAt)}: {dateTime(c.updatedAt)}
        </p>
      </PageHeading>
      <ErrorNotice error={error} className="mb-6" />
      <EmergencyAccessAction caseId={c.id} teamAgencyIds={c.team.map((agency) => agency.id)} />
      <CaseRecordSection c={c} />
      <CaseStatusSection caseId={c.id} status={c.status} nextStatuses={c.nextStatuses} canChange={isCoordinator} onStale={() => void refetch()} />
      <CaseTeamSection caseId={c.id} team={c.team} canManage={isCoordinator} />
      <CasePlanSection caseId={c.id} />
      <ReferralsSection caseId={c.id} team={c.team} />
      <CaseSummariesSection caseId={c.id} />
      <ConsentsSection caseId={c.id} />
    </>
  );
}

function CaseNotFound() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(m.caseNotFound)} />
      <p className="mb-4 text-std-16N-170">{intl.formatMessage(m.caseNotFoundBody)}</p>
      <Link to="/cases" className={linkText}>
        {intl.formatMessage(m.backToList)}
      </Link>
    </>
  );
}
