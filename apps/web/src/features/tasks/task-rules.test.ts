import { describe, expect, it } from 'vitest';
import type { TaskCardFragment } from '../../gql/graphql';
import { isOpen, nextSteps, sortTasks, urgencyOf } from './task-rules';

const NOW = Date.parse('2026-12-02T03:00:00Z');
const HOUR = 60 * 60 * 1000;
const at = (offsetHours: number) => new Date(NOW + offsetHours * HOUR).toISOString();
const task = (id: string, dueAt: string | null, status: TaskCardFragment['status'] = 'ACCEPTED') => ({ id, dueAt, status, updatedAt: at(-100) });

describe('nextSteps', () => {
  it('offers only the legal steps of the state machine, and none once closed', () => {
    expect(nextSteps('REQUESTED')).toEqual(['ACCEPTED', 'REJECTED']);
    expect(nextSteps('ACCEPTED')).toEqual(['IN_PROGRESS', 'ON_HOLD', 'COMPLETED']);
    expect(nextSteps('IN_PROGRESS')).toEqual(['ON_HOLD', 'COMPLETED']);
    expect(nextSteps('ON_HOLD')).toEqual(['IN_PROGRESS']);
    for (const closed of ['COMPLETED', 'REJECTED', 'CANCELLED'] as const) {
      expect(nextSteps(closed)).toEqual([]);
      expect(isOpen(closed)).toBe(false);
    }
  });
});

describe('urgencyOf', () => {
  it('is overdue past the due time, due soon within 24 hours, and nothing for closed tasks', () => {
    expect(urgencyOf(task('a', at(-1)), NOW)).toBe('overdue');
    expect(urgencyOf(task('b', at(23)), NOW)).toBe('dueSoon');
    expect(urgencyOf(task('c', at(25)), NOW)).toBeNull();
    expect(urgencyOf(task('d', null), NOW)).toBeNull();
    expect(urgencyOf(task('e', at(-1), 'COMPLETED'), NOW)).toBeNull();
  });
});

describe('sortTasks', () => {
  it('puts overdue first, then open tasks by due date (none last), then closed ones', () => {
    const tasks = [task('closed', at(-5), 'COMPLETED'), task('none', null), task('later', at(48)), task('soon', at(2)), task('overdue', at(-2))];
    expect(sortTasks(tasks, NOW).map((t) => t.id)).toEqual(['overdue', 'soon', 'later', 'none', 'closed']);
  });
});
