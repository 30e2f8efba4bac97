import { describe, expect, it } from 'vitest';
import type { TaskCardFragment, TaskEventFieldsFragment } from '../../gql/graphql';
import { applyEvent, eventsSince, isAfter, newer } from './task-events';

const me = { id: 'u1', agency: { id: 'a1' } };
const task = (id: string, extra: Partial<TaskCardFragment> = {}): TaskCardFragment => ({
  id,
  title: `Task ${id}`,
  status: 'REQUESTED',
  version: 1,
  dueAt: null,
  updatedAt: '2026-12-01T00:00:00Z',
  assigneeUser: { id: 'u1', displayName: '住まい 次郎' },
  assigneeAgency: null,
  ...extra,
});
const event = (id: string, type: TaskEventFieldsFragment['type'], current: TaskCardFragment | null, taskId = current?.id ?? 't?'): TaskEventFieldsFragment => ({
  id,
  type,
  task: { taskId, title: current?.title ?? 'gone', task: current },
});

describe('isAfter', () => {
  it('compares event ids as numbers, and anything is after nothing', () => {
    expect(isAfter('10', '9')).toBe(true);
    expect(isAfter('9', '10')).toBe(false);
    expect(isAfter('1', null)).toBe(true);
  });
});

describe('applyEvent', () => {
  it('adds a task newly assigned to me or to my agency', () => {
    expect(applyEvent([], event('1', 'ASSIGNED', task('t1')), me).map((t) => t.id)).toEqual(['t1']);
    const forAgency = task('t2', { assigneeUser: null, assigneeAgency: { id: 'a1', name: '居住支援法人' } });
    expect(applyEvent([], event('2', 'ASSIGNED', forAgency), me).map((t) => t.id)).toEqual(['t2']);
  });

  it('replaces a task in place on UPDATED', () => {
    const list = [task('t1'), task('t2')];
    const updated = applyEvent(list, event('3', 'UPDATED', task('t2', { status: 'ACCEPTED', version: 2 })), me);
    expect(updated.map((t) => [t.id, t.status])).toEqual([['t1', 'REQUESTED'], ['t2', 'ACCEPTED']]);
  });

  it('removes a task handed to someone else or no longer visible, whatever the order the events came in', () => {
    const list = [task('t1'), task('t2')];
    const reassigned = task('t1', { assigneeUser: { id: 'u9', displayName: 'other' }, version: 2 });
    expect(applyEvent(list, event('4', 'UNASSIGNED', reassigned), me).map((t) => t.id)).toEqual(['t2']);
    // An older ASSIGNED applied late carries the task as it is now, so it does not bring it back.
    expect(applyEvent(list, event('1', 'ASSIGNED', reassigned), me).map((t) => t.id)).toEqual(['t2']);
    expect(applyEvent(list, event('5', 'UPDATED', null, 't2'), me).map((t) => t.id)).toEqual(['t1']);
  });
});

describe('newer', () => {
  it('keeps the version the cache already holds when the event brings an older one', () => {
    expect(newer(task('t1', { version: 2 }), task('t1', { version: 3 })).version).toBe(3);
    expect(newer(task('t1', { version: 4 }), task('t1', { version: 3 })).version).toBe(4);
    expect(newer(task('t1', { version: 1 }), null).version).toBe(1);
  });
});

describe('eventsSince', () => {
  it('follows the pages from the last event held to the end', async () => {
    const pages: Record<string, { events: { id: string }[]; hasNextPage: boolean; endCursor: string | null }> = {
      '7': { events: [{ id: '8' }, { id: '9' }], hasNextPage: true, endCursor: 'c9' },
      c9: { events: [{ id: '12' }], hasNextPage: false, endCursor: 'c12' },
    };
    const asked: string[] = [];
    const events = await eventsSince('7', async (after) => {
      asked.push(after);
      const page = pages[after];
      if (!page) throw new Error(`unexpected cursor ${after}`);
      return page;
    });
    expect(events.map((e) => e.id)).toEqual(['8', '9', '12']);
    expect(asked).toEqual(['7', 'c9']);
  });

  it('stops at an empty page', async () => {
    expect(await eventsSince('7', async () => ({ events: [], hasNextPage: false, endCursor: null }))).toEqual([]);
  });
});
