import { useApolloClient, useQuery } from '@apollo/client/react';
import { Navigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { taskStatusLabels } from '../../app/labels';
import { hasRole, homeFor, useMe, type Me as SignedIn } from '../../app/me';
import type { TaskStatus } from '../../gql/enums';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ExportMenu } from '../../ui/ExportMenu';
import { EmergencyReviewPanel } from '../emergency/EmergencyReviewPanel';
import { ConferenceRequestsInbox } from '../conferences/requests/ConferenceRequestsInbox';
import { SelectField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ActionOutcomeNotice } from './ActionOutcomeNotice';
import { LiveNotices } from './LiveNotices';
import { m } from './messages';
import { MY_TASKS, MY_TASKS_FILE } from './operations';
import { TaskItem } from './TaskItem';
import { isOpen, sortTasks, urgencyOf } from './task-rules';
import { useNow } from './useNow';
import { useTaskAction } from './useTaskAction';
import { useTaskEvents } from './useTaskEvents';

/** `/`: the caseworker's and coordinator's home; anyone else goes to their own desk. */
export function TasksPage() {
  const { data, error } = useMe();
  const me = data?.me;
  // The layout already says why the user could not be read.
  if (!me) return error ? null : <Loading />;
  if (!hasRole(me, 'CASEWORKER', 'COORDINATOR')) return <Navigate to={homeFor(me.roles)} replace />;
  return <MyTasks me={me} />;
}

type Filter = 'open' | 'all';

// The file holds what the list shows: the open tasks, or all.
const OPEN_STATUSES = (Object.keys(taskStatusLabels) as TaskStatus[]).filter(isOpen);

function MyTasks({ me }: { me: SignedIn }) {
  const intl = useIntl();
  const now = useNow();
  const [filter, setFilter] = useState<Filter>('open');
  const { data, error, loading } = useQuery(MY_TASKS);
  const live = useTaskEvents(me);
  const action = useTaskAction();
  const apollo = useApolloClient();
  const tasks = sortTasks((data?.myTasks ?? []).filter((task) => filter === 'all' || isOpen(task.status)), now);
  return (
    <>
      <PageHeading title={intl.formatMessage(m.title)} />
      <p className="mb-4 text-std-16N-170 text-solid-gray-800">{intl.formatMessage(m.intro)}</p>
      <LiveNotices notices={live.notices} onDismiss={live.dismiss} />
      <EmergencyReviewPanel />
      <ErrorNotice error={error ?? live.error} className="mb-4" />
      <ActionOutcomeNotice outcome={action.outcome} />
      <ConferenceRequestsInbox agencyId={me.agency.id} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div className="w-full max-w-xs">
          <SelectField
            label={intl.formatMessage(m.filter)}
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
            options={[
              { value: 'open', label: intl.formatMessage(m.filterOpen) },
              { value: 'all', label: intl.formatMessage(m.filterAll) },
            ]}
          />
        </div>
        {data && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.count, { count: tasks.length })}</p>}
      </div>
      <div className="mb-4">
        <ExportMenu
          list={intl.formatMessage(m.title)}
          save={async (format, encoding) =>
            (await apollo.query({ query: MY_TASKS_FILE, variables: { format, encoding, status: filter === 'open' ? OPEN_STATUSES : null }, fetchPolicy: 'network-only' })).data?.myTasksFile
          }
        />
      </div>
      {loading && !data ? (
        <Loading />
      ) : tasks.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.empty)}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskItem task={task} urgency={urgencyOf(task, now)} me={me} pending={action.pending} onAct={action.act} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
