import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { editCommunityActivityRoute } from '../../app/router';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { emptyActivityForm, fromActivity } from './activity-form';
import { ActivityEditor } from './ActivityEditor';
import { m } from './messages';
import { COMMUNITY_ACTIVITY } from './operations';
import { searchShowing } from './search-params';

// Only coordinators record 地域づくり (the server refuses anyone else anyway).
const RECORDERS = ['COORDINATOR'] as const;

function BackToLog() {
  const intl = useIntl();
  return (
    <p className="mb-4">
      <Link to="/community-activities" className={linkText}>
        {intl.formatMessage(m.backToLog)}
      </Link>
    </p>
  );
}

/** 活動を記録する. */
export function NewActivityPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const toLog = () => void navigate({ to: '/community-activities' });
  return (
    <RoleGate roles={RECORDERS}>
      <BackToLog />
      <PageHeading title={intl.formatMessage(m.newTitle)} />
      <ActivityEditor activity={null} initial={emptyActivityForm()} onSaved={(saved) => void navigate({ to: '/community-activities', search: searchShowing(saved.heldOn) })} onCancel={toLog} />
    </RoleGate>
  );
}

/** 活動の記録を編集: the activity as last read, saved against its version. */
export function EditActivityPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { activityId } = editCommunityActivityRoute.useParams();
  const { data, loading, error } = useQuery(COMMUNITY_ACTIVITY, { variables: { id: activityId }, fetchPolicy: 'network-only' });
  const activity = data?.communityActivity;
  // Back to the log of the activity's fiscal year, where the correction shows.
  const back = (day: string) => void navigate({ to: '/community-activities', search: searchShowing(day) });
  return (
    <RoleGate roles={RECORDERS}>
      <BackToLog />
      <PageHeading title={intl.formatMessage(m.editTitle)} />
      {activity ? (
        <ActivityEditor key={activity.id} activity={activity} initial={fromActivity(activity)} onSaved={(saved) => back(saved.heldOn)} onCancel={() => back(activity.heldOn)} />
      ) : loading ? (
        <Loading />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : (
        <Notice tone="warning">{intl.formatMessage(m.missing)}</Notice>
      )}
    </RoleGate>
  );
}
