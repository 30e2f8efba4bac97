import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { Badge } from '../../ui/Badge';
import { linkText } from '../../ui/classes';
import { useDateFormat } from '../../ui/format';
import { PageSection } from '../../ui/PageSection';
import { categoryList, queueOrder, shortCaseId } from './emergency-access';
import { EmergencyLiveNotices } from './EmergencyLiveNotices';
import { m } from './messages';
import { EMERGENCY_ACCESSES } from './operations';
import { useEmergencyEvents } from './useEmergencyEvents';

/**
 * The task page's 「事後審査が必要な緊急時の閲覧」 for the AUDITOR and the coordinator: the
 * unreviewed declarations (overdue ones first and marked), and news of new ones as they come.
 */
export function EmergencyReviewPanel() {
  const { data } = useMe();
  if (!hasRole(data?.me, 'AUDITOR', 'COORDINATOR')) return null;
  return <Panel />;
}

function Panel() {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  const live = useEmergencyEvents(true);
  // Quiet on failure: the task list below is the page's main content.
  const { data } = useQuery(EMERGENCY_ACCESSES, { variables: { reviewed: false }, errorPolicy: 'ignore' });
  const accesses = queueOrder(data?.emergencyAccesses ?? []);
  return (
    <PageSection
      title={intl.formatMessage(m.panelTitle)}
      actions={
        <Link to="/emergency-accesses" className={linkText}>
          {intl.formatMessage(m.openQueue)}
        </Link>
      }
    >
      <EmergencyLiveNotices declared={live.declared} onDismiss={live.dismiss} />
      {accesses.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.panelEmpty)}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {accesses.map((access) => (
            <li key={access.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-l-4 border-error-2 pl-3 text-std-16N-170">
              <span className="text-std-16B-170">
                {access.declaredBy.displayName}（{access.declaredByAgency.name}）
              </span>
              <span>{categoryList(intl, access.categories)}</span>
              <Link to="/cases/$caseId" params={{ caseId: access.caseId }} className={linkText}>
                {intl.formatMessage(m.caseLink, { id: shortCaseId(access.caseId) })}
              </Link>
              <span className="text-solid-gray-700">{intl.formatMessage(m.reviewDue, { due: dateTime(access.reviewDueAt) })}</span>
              {access.reviewOverdue && <Badge tone="error">{intl.formatMessage(m.overdue)}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
