import type { TaskStatus } from '../../gql/enums';
import type { TaskCardFragment } from '../../gql/graphql';

/**
 * The steps an assignee may take from each status: the server's state machine
 * (libs/tasks/src/task-status.ts) without CANCELLED, which is the requester's decision and
 * not offered on this page. The server still decides; an illegal step is a CONFLICT.
 */
export type Step = Exclude<TaskStatus, 'REQUESTED' | 'CANCELLED'>;

const NEXT_STEPS: Readonly<Record<TaskStatus, readonly Step[]>> = {
  REQUESTED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['IN_PROGRESS', 'ON_HOLD', 'COMPLETED'],
  IN_PROGRESS: ['ON_HOLD', 'COMPLETED'],
  ON_HOLD: ['IN_PROGRESS'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
};

export function nextSteps(status: TaskStatus): readonly Step[] {
  return NEXT_STEPS[status];
}

/** Still someone's to do (as OPEN_TASK_STATUSES on the server). */
export function isOpen(status: TaskStatus): boolean {
  return NEXT_STEPS[status].length > 0;
}

export type Urgency = 'overdue' | 'dueSoon';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Overdue once past its due time, due soon within the next 24 hours; only open tasks are urgent. */
export function urgencyOf(task: Pick<TaskCardFragment, 'status' | 'dueAt'>, now: number): Urgency | null {
  if (!task.dueAt || !isOpen(task.status)) return null;
  const due = Date.parse(task.dueAt);
  if (due < now) return 'overdue';
  return due - now <= DAY_MS ? 'dueSoon' : null;
}

const urgencyRank = (urgency: Urgency | null) => (urgency === 'overdue' ? 0 : 1);

/** Overdue first, then open before closed, then by due date (none last), then the latest change first. */
export function sortTasks<T extends Pick<TaskCardFragment, 'status' | 'dueAt' | 'updatedAt'>>(tasks: readonly T[], now: number): T[] {
  const dueTime = (task: T) => (task.dueAt ? Date.parse(task.dueAt) : Number.POSITIVE_INFINITY);
  return [...tasks].sort(
    (a, b) =>
      urgencyRank(urgencyOf(a, now)) - urgencyRank(urgencyOf(b, now)) ||
      Number(!isOpen(a.status)) - Number(!isOpen(b.status)) ||
      dueTime(a) - dueTime(b) ||
      Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
  );
}

/** Whether the task is the caller's or their agency's, i.e. belongs on this page. */
export function isAssignedTo(task: Pick<TaskCardFragment, 'assigneeUser' | 'assigneeAgency'>, me: { id: string; agency: { id: string } }): boolean {
  return task.assigneeUser?.id === me.id || task.assigneeAgency?.id === me.agency.id;
}
