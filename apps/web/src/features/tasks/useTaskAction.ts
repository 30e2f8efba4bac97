import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TaskStatus } from '../../gql/enums';
import type { TaskCardFragment } from '../../gql/graphql';
import { hasCode } from '../../graphql/errors';
import { FRESH_TASK, UPDATE_TASK_STATUS } from './operations';
import type { Step } from './task-rules';

/** How the last step the user took ended. */
export type ActionOutcome =
  | { readonly kind: 'done'; readonly title: string; readonly status: TaskStatus }
  // Someone else changed the task first: its fresh state is in the cache (null: no longer visible).
  | { readonly kind: 'conflict'; readonly title: string; readonly status: TaskStatus | null }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Moves a task one step on, from the version the user saw; a CONFLICT fetches the task anew. */
export function useTaskAction() {
  const apollo = useApolloClient();
  const [update, { loading }] = useMutation(UPDATE_TASK_STATUS);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const act = async (task: TaskCardFragment, status: Step) => {
    setOutcome(null);
    try {
      const { data } = await update({ variables: { id: task.id, status, expectedVersion: task.version } });
      if (data) setOutcome({ kind: 'done', title: data.updateTaskStatus.title, status: data.updateTaskStatus.status });
    } catch (error) {
      if (!hasCode(error, 'CONFLICT')) return setOutcome({ kind: 'failed', error });
      const fresh = await apollo.query({ query: FRESH_TASK, variables: { id: task.id }, fetchPolicy: 'network-only' }).catch(() => ({ data: undefined }));
      const status = fresh.data?.task?.status ?? null;
      // A task the user may no longer see leaves the list rather than staying stale.
      if (!status) apollo.cache.evict({ id: apollo.cache.identify({ __typename: 'Task', id: task.id }) });
      setOutcome({ kind: 'conflict', title: task.title, status });
    }
  };
  return { act, pending: loading, outcome, clear: () => setOutcome(null) };
}
