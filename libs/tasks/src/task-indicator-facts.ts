import { OPEN_TASK_STATUSES, TaskStatus } from './task-status.js';

// A task is the assignee agency's, or, assigned to a user alone, that user's agency's.
const TASKS = {
  from: 'tasks t LEFT JOIN users u ON u.id = t.assignee_user_id',
  municipality: 't.municipality_id',
  at: 't.due_at',
  agency: 'COALESCE(t.assignee_agency_id, u.agency_id)',
  cell: 'COALESCE(t.assignee_agency_id, u.agency_id)',
  measure: 'count',
  record: 't.id',
} as const;
const open = OPEN_TASK_STATUSES.map((status) => `'${status}'`).join(', ');
// A completed task changes no more: its last update is its completion.
const COMPLETED = `t.status = '${TaskStatus.COMPLETED}'`;

/**
 * Tasks falling due in the period, done on time or overdue, per agency. Sources for the
 * indicators context (see its FactSource).
 */
export const TASK_INDICATOR_FACTS = {
  onTime: { ...TASKS, where: `${COMPLETED} AND t.updated_at <= t.due_at` },
  /** Completed after the due time, or still open past it. */
  overdue: { ...TASKS, where: `((${COMPLETED} AND t.updated_at > t.due_at) OR (t.status IN (${open}) AND t.due_at < :now))` },
} as const;
