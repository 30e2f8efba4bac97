import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskEventFieldsFragment } from '../../gql/graphql';
import { useRenkeiClient } from '../../graphql/ClientProvider';
import { applyEvent, eventsSince, isAfter, newer, type Me } from './task-events';
import { withNotice, type LiveNotice } from './live-notices';
import { MY_TASKS, TASK_CARD, TASK_DETAIL, TASK_EVENTS, TASK_EVENTS_SINCE } from './operations';

const PAGE_SIZE = 100;

/**
 * Keeps the cached task list live: applies each task event once, remembers the last one, and
 * after a lost connection fetches the events it missed (the socket resubscribes from "now").
 */
export function useTaskEvents(me: Me | undefined) {
  const { apollo, ws } = useRenkeiClient();
  const [notices, setNotices] = useState<readonly LiveNotice[]>([]);
  const lastId = useRef<string | null>(null);
  const handled = useRef(new Set<string>());

  /** Applies an event unless already done; true when it put a new task on my list. */
  const handle = useCallback(
    (event: TaskEventFieldsFragment): boolean => {
      if (!me || handled.current.has(event.id)) return false;
      handled.current.add(event.id);
      if (isAfter(event.id, lastId.current)) lastId.current = event.id;
      const incoming = event.task.task;
      const held = incoming && apollo.cache.readFragment({ fragment: TASK_CARD, fragmentName: 'TaskCard', id: apollo.cache.identify({ __typename: 'Task', id: incoming.id }) });
      const current = incoming && newer(incoming, held);
      let added = false;
      apollo.cache.updateQuery({ query: MY_TASKS }, (data) => {
        if (!data) return data;
        const myTasks = applyEvent(data.myTasks, { ...event, task: { ...event.task, task: current } }, me);
        added = myTasks.length > data.myTasks.length;
        return { myTasks };
      });
      // Comments are not part of the event: an open detail fetches them again.
      if (event.type === 'COMMENTED') void apollo.refetchQueries({ include: [TASK_DETAIL] });
      return added;
    },
    [apollo, me],
  );

  const notify = useCallback((notice: LiveNotice) => setNotices((previous) => withNotice(previous, notice)), []);

  const { error } = useSubscription(TASK_EVENTS, {
    variables: { after: null },
    skip: !me,
    ignoreResults: true,
    // Written to the cache by `handle` only, so that an older version never replaces a newer one.
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const event = data.data?.taskEvents;
      if (!event) return;
      const added = handle(event);
      if (added) notify({ kind: 'assigned', key: event.id, title: event.task.title });
      // A reminder (sent once per task by the server) is said, not only marked on its card.
      else if (event.type === 'DUE_SOON' || event.type === 'OVERDUE') notify({ kind: event.type === 'DUE_SOON' ? 'dueSoon' : 'overdue', key: event.id, titles: [event.task.title] });
    },
  });

  useEffect(() => {
    let lostAfter: string | null | undefined; // undefined: the connection is not lost
    const reload = async () => {
      await apollo.refetchQueries({ include: [MY_TASKS] });
      notify({ kind: 'reloaded', key: `reloaded-${Date.now()}` });
    };
    const catchUp = async (after: string | null) => {
      // Nothing was received before the loss, so there is no event to count from.
      if (after === null) return reload();
      const missed = await eventsSince(after, async (cursor) => {
        const { data } = await apollo.query({ query: TASK_EVENTS_SINCE, variables: { after: cursor, first: PAGE_SIZE }, fetchPolicy: 'no-cache' });
        const page = data?.taskEventsSince;
        return { events: page?.edges.map((edge) => edge.node) ?? [], hasNextPage: page?.pageInfo.hasNextPage ?? false, endCursor: page?.pageInfo.endCursor ?? null };
      });
      // Events the live stream has already brought since the reconnection are not counted twice.
      const unseen = missed.filter((event) => !handled.current.has(event.id));
      for (const event of unseen) {
        handled.current.add(event.id);
        if (isAfter(event.id, lastId.current)) lastId.current = event.id;
      }
      await apollo.refetchQueries({ include: [MY_TASKS] });
      notify({ kind: 'caughtUp', key: `caught-up-${Date.now()}`, count: unseen.length });
    };
    const offClosed = ws.on('closed', () => {
      if (lostAfter === undefined) lostAfter = lastId.current;
    });
    const offConnected = ws.on('connected', () => {
      if (lostAfter === undefined) return;
      const after = lostAfter;
      lostAfter = undefined;
      void catchUp(after).catch(reload).catch(() => undefined); // a failed reload shows on the list's own query
    });
    return () => {
      offClosed();
      offConnected();
    };
  }, [apollo, ws, handle, notify]);

  const dismiss = useCallback((key: string) => setNotices((previous) => previous.filter((notice) => notice.key !== key)), []);
  return { notices, dismiss, error };
}
