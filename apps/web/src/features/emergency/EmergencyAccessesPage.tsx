import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { label, verdictLabels } from '../../app/labels';
import { hasRole, useMe } from '../../app/me';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { queueOrder, type EmergencyAccess } from './emergency-access';
import { EmergencyAccessTable } from './EmergencyAccessTable';
import { EmergencyLiveNotices } from './EmergencyLiveNotices';
import { m } from './messages';
import { EMERGENCY_ACCESSES } from './operations';
import { ReviewEmergencyDialog } from './ReviewEmergencyDialog';
import { useEmergencyEvents } from './useEmergencyEvents';

type Filter = 'unreviewed' | 'reviewed';

/** `/emergency-accesses`: 緊急時の閲覧の事後審査 — the AUDITOR reviews, the coordinator reads. */
export function EmergencyAccessesPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(m.queueTitle)} />
      <RoleGate roles={['AUDITOR', 'COORDINATOR']}>
        <ReviewQueue />
      </RoleGate>
    </>
  );
}

function ReviewQueue() {
  const intl = useIntl();
  const { data: me } = useMe();
  const isAuditor = hasRole(me?.me, 'AUDITOR');
  const [filter, setFilter] = useState<Filter>('unreviewed');
  const [reviewing, setReviewing] = useState<EmergencyAccess | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const live = useEmergencyEvents(true);
  const { data, error, loading } = useQuery(EMERGENCY_ACCESSES, { variables: { reviewed: filter === 'reviewed' } });
  const accesses = queueOrder(data?.emergencyAccesses ?? []);
  return (
    <>
      <p className="mb-4 text-std-16N-170 text-solid-gray-800">{intl.formatMessage(m.queueLead)}</p>
      {!isAuditor && <p className="mb-4 text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.queueReadOnly)}</p>}
      <EmergencyLiveNotices declared={live.declared} onDismiss={live.dismiss} />
      {done && <Notice tone="success" className="mb-4">{done}</Notice>}
      <ErrorNotice error={error} className="mb-4" />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div className="w-full max-w-xs">
          <SelectField
            label={intl.formatMessage(m.filter)}
            value={filter}
            onChange={(event) => {
              setDone(null);
              setFilter(event.target.value as Filter);
            }}
            options={[
              { value: 'unreviewed', label: intl.formatMessage(m.filterUnreviewed) },
              { value: 'reviewed', label: intl.formatMessage(m.filterReviewed) },
            ]}
          />
        </div>
        {data && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.count, { count: accesses.length })}</p>}
      </div>
      {loading && !data ? (
        <Loading />
      ) : accesses.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.empty)}</p>
      ) : (
        <EmergencyAccessTable accesses={accesses} onReview={isAuditor ? setReviewing : undefined} />
      )}
      {reviewing && (
        <ReviewEmergencyDialog
          access={reviewing}
          onClose={(verdict) => {
            setReviewing(null);
            if (verdict) setDone(intl.formatMessage(m.reviewed, { verdict: label(intl, verdictLabels, verdict) }));
          }}
        />
      )}
    </>
  );
}
