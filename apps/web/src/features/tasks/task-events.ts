import type { TaskCardFragment, TaskEventFieldsFragment } from '../../gql/graphql';
import { isAssignedTo } from './task-rules';

/** Event ids are decimal (up to 18 digits): compared as numbers, not as text. */
export function isAfter(id: string, than: string | null): boolean {
  return than === null || BigInt(id) > BigInt(than);
}

export interface Me {
  readonly id: string;
  readonly agency: { readonly id: string };
}

/**
 * The list after an event. Membership follows the task as it is now rather than the event's
 * type, so events applied out of order (a live one overtaking a caught-up one) end the same:
 * a task assigned to me or my agency is in the list, any other one is not.
 */
export function applyEvent(tasks: readonly TaskCardFragment[], event: TaskEventFieldsFragment, me: Me): TaskCardFragment[] {
  const current = event.task.task;
  const others = tasks.filter((task) => task.id !== event.task.taskId);
  if (!current || !isAssignedTo(current, me)) return others;
  const index = tasks.findIndex((task) => task.id === current.id);
  if (index < 0) return [...tasks, current];
  return tasks.map((task) => (task.id === current.id ? current : task));
}

/**
 * The newer of two versions of a task. An event carries the task as it was when it was
 * delivered, which may be older than what the user's own step already wrote to the cache.
 */
export function newer<T extends { version: number }>(incoming: T, held: T | null | undefined): T {
  return held && held.version > incoming.version ? held : incoming;
}

export interface EventPage<E> {
  readonly events: readonly E[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** Every event after `after`, page by page, oldest first. */
export async function eventsSince<E>(after: string, fetchPage: (after: string) => Promise<EventPage<E>>): Promise<E[]> {
  const events: E[] = [];
  let cursor = after;
  for (;;) {
    const page = await fetchPage(cursor);
    events.push(...page.events);
    if (!page.hasNextPage || !page.endCursor) return events;
    cursor = page.endCursor;
  }
}
