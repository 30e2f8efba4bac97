import { describe, expect, it } from '@jest/globals';
import { canTransitionTask, OPEN_TASK_STATUSES, TaskStatus } from './task-status.js';

describe('task status transitions', () => {
  it('runs from request to completion', () => {
    expect(canTransitionTask(TaskStatus.REQUESTED, TaskStatus.ACCEPTED)).toBe(true);
    expect(canTransitionTask(TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS)).toBe(true);
    expect(canTransitionTask(TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED)).toBe(true);
  });

  it('does not complete a task nobody accepted', () => {
    expect(canTransitionTask(TaskStatus.REQUESTED, TaskStatus.COMPLETED)).toBe(false);
  });

  it('ends in completed, rejected or cancelled, and nothing leaves them', () => {
    for (const end of [TaskStatus.COMPLETED, TaskStatus.REJECTED, TaskStatus.CANCELLED]) {
      expect(OPEN_TASK_STATUSES).not.toContain(end);
      for (const to of Object.values(TaskStatus)) expect(canTransitionTask(end, to)).toBe(false);
    }
  });

  it('can cancel any open task', () => {
    for (const from of OPEN_TASK_STATUSES) expect(canTransitionTask(from, TaskStatus.CANCELLED)).toBe(true);
  });
});
