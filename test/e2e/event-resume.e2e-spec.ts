import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Staff } from '@renkei/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Catching up after a disconnect, as the README tells a client to: keep the `id` of the
 * last event handled; `taskEventsSince(after: id)` reads what followed, and
 * `taskEvents(after: id)` / `conferenceEvents(after: id)` replay it and go on live in one
 * call — no gap, no repeat. Driven by the stock clients: graphql-ws and plain HTTP.
 */
interface TaskEvent {
  id: string;
  type: string;
  task: { taskId: string; status: string; version: number };
}
interface RoomEvent {
  id: string;
  type: string;
  status: string | null;
  userId: string | null;
}

/** A subscription through the stock graphql-ws client, its events collected as they come. */
function follow<T>(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const client: Client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authToken: token }, retryAttempts: 0 });
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const wake = () => [...waiters].forEach((w) => w());
  client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        const value = result.data && Object.values(result.data)[0];
        if (value) items.push(value);
        if (result.errors) errors.push(...result.errors);
        wake();
      },
      error: (error) => {
        errors.push(error);
        wake();
      },
      complete: () => undefined,
    },
  );
  /** Resolves once `count` events arrived (fails with what came, on an error or after a generous bound). */
  const received = (count: number, boundMs = 15_000) =>
    new Promise<T[]>((resolve, reject) => {
      const check = () => {
        if (errors.length > 0) return finish(() => reject(new Error(`Subscription failed: ${JSON.stringify(errors)}`)));
        if (items.length >= count) return finish(() => resolve(items.slice()));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`Received ${items.length} of ${count}: ${JSON.stringify(items)}`))), boundMs);
      const finish = (then: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        then();
      };
      waiters.add(check);
      check();
    });
  return { items, errors, received, close: () => client.dispose() };
}

describe('resuming event streams from the event id the client kept', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    cases = new CaseFixtures(s.app);
  });

  /** A caseworker of a new agency on a new case team, with nothing addressed to them yet. */
  async function assignee(): Promise<{ worker: Staff; caseId: string }> {
    const worker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: worker.agencyId });
    return { worker, caseId };
  }
  const assign = async (caseId: string, worker: Staff, title: string) =>
    (await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title, assigneeUserId: worker.id } })).assignTask.id;
  const comment = (taskId: string, text: string) => s.app.http.as(coordinator.token).data(Operations.COMMENT_ON_TASK, { id: taskId, text });
  const since = async (worker: Staff, after?: string) =>
    (
      await s.app.http.as(worker.token).data<{
        taskEventsSince: { edges: { cursor: string; node: { id: string; type: string; task: { taskId: string } } }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };
      }>(Operations.TASK_EVENTS_SINCE, { first: 100, ...(after === undefined ? {} : { after }) })
    ).taskEventsSince;

  it('taskEventsSince accepts the event id the schema tells clients to keep, and the cursors it issued', async () => {
    const { worker, caseId } = await assignee();
    const first = await assign(caseId, worker, 'before the disconnect');
    const [held] = (await since(worker)).edges;
    expect(held?.node).toMatchObject({ type: 'ASSIGNED', task: { taskId: first } });
    const second = await assign(caseId, worker, 'while away');
    await comment(second, 'and a comment');
    const expected = [
      ['ASSIGNED', second],
      ['COMMENTED', second],
    ];
    const eventId = held?.node.id ?? '';
    expect(eventId).toMatch(/^\d+$/);
    // The event's id, as the README says to keep it; the edge's cursor; a cursor of the earlier (encoded) form.
    const encoded = Buffer.from(JSON.stringify([eventId])).toString('base64url');
    for (const after of [eventId, held?.cursor ?? '', encoded]) {
      const page = await since(worker, after);
      expect(page.edges.map((e) => [e.node.type, e.node.task.taskId])).toEqual(expected);
      expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: page.edges[0]?.cursor, endCursor: page.edges[1]?.cursor });
    }
    for (const foreign of ['-1', 'abc', '1.5', Buffer.from('["x"]').toString('base64url')]) {
      expect((await s.app.http.as(worker.token).error(Operations.TASK_EVENTS_SINCE, { after: foreign })).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('taskEvents(after:) delivers the events committed while no subscription was open, once each and in order, then the live ones', async () => {
    const { worker, caseId } = await assignee();
    await assign(caseId, worker, 'seen before the disconnect');
    const cursor = (await since(worker)).edges.at(-1)?.node.id;
    // Offline: three events the client never saw.
    const missed = await assign(caseId, worker, 'assigned while offline');
    await comment(missed, 'commented while offline');
    await s.app.http.as(worker.token).data(Operations.UPDATE_TASK_STATUS, { id: missed, status: 'ACCEPTED', expectedVersion: 1 });

    const stream = follow<TaskEvent>(s.app.wsUrl, worker.token, Operations.TASK_EVENTS, { after: cursor });
    try {
      const replayed = await stream.received(3);
      expect(replayed.map((e) => [e.type, e.task.taskId, e.task.version])).toEqual([
        ['ASSIGNED', missed, 1],
        ['COMMENTED', missed, 1],
        ['UPDATED', missed, 2],
      ]);
      // The subscription has replayed, so it is live: what happens now arrives too.
      await comment(missed, 'commented live');
      const last = await assign(caseId, worker, 'assigned live');
      const all = await stream.received(5);
      expect(all.slice(3).map((e) => [e.type, e.task.taskId])).toEqual([
        ['COMMENTED', missed],
        ['ASSIGNED', last],
      ]);
      const ids = all.map((e) => BigInt(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(ids).size).toBe(ids.length);
      // The durable log says the same: nothing missing, nothing extra.
      expect((await since(worker, cursor)).edges.map((e) => e.node.id)).toEqual(all.map((e) => e.id));
    } finally {
      await stream.close();
    }
  });

  it('taskEvents(after:) while events keep being committed: every event exactly once, none lost in the switch from replay to live', async () => {
    const { worker, caseId } = await assignee();
    const task = await assign(caseId, worker, 'busy task');
    const cursor = (await since(worker)).edges.at(-1)?.node.id;
    const burst = 30;
    // The subscription starts while the comments are being committed, one after another.
    const writes = (async () => {
      for (let i = 0; i < burst; i += 1) await comment(task, `comment ${i}`);
    })();
    const stream = follow<TaskEvent>(s.app.wsUrl, worker.token, Operations.TASK_EVENTS, { after: cursor });
    try {
      await writes;
      const all = await stream.received(burst);
      const logged = (await since(worker, cursor)).edges.map((e) => e.node.id);
      expect(logged).toHaveLength(burst);
      // A sentinel after the burst: any late repeat would have arrived before it.
      const sentinel = await assign(caseId, worker, 'sentinel');
      await stream.received(burst + 1);
      expect(stream.items.at(-1)?.task.taskId).toBe(sentinel);
      expect(stream.items.slice(0, burst).map((e) => e.id)).toEqual(logged);
      expect(all.every((e) => e.type === 'COMMENTED')).toBe(true);
    } finally {
      await stream.close();
    }
  });

  it('taskEvents(after:) refuses what is neither an event id nor a cursor', async () => {
    const { worker } = await assignee();
    const stream = follow<TaskEvent>(s.app.wsUrl, worker.token, Operations.TASK_EVENTS, { after: 'not-a-cursor' });
    try {
      await expect(stream.received(1)).rejects.toThrow(/BAD_USER_INPUT/);
    } finally {
      await stream.close();
    }
  });

  it('conferenceEvents(after:) replays the room since the event id held, then goes on live', async () => {
    const caseId = await cases.openCase(coordinator.token);
    const { scheduleConference } = await s.app.http.as(coordinator.token).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'MULTI_AGENCY_MEETING', title: 'resume', scheduledAt: new Date().toISOString(), agencyIds: [coordinator.agencyId], caseIds: [caseId] },
    });
    const id = scheduleConference.id;
    await s.app.http.as(coordinator.token).data(Operations.START_CONFERENCE, { id });
    // From the start of the room ("0"): the status change, replayed.
    const first = follow<RoomEvent>(s.app.wsUrl, coordinator.token, Operations.CONFERENCE_EVENTS, { id, after: '0' });
    const [started] = await first.received(1);
    await first.close();
    expect(started).toMatchObject({ type: 'STATUS_CHANGED', status: 'IN_PROGRESS' });

    // Offline: joined and left.
    await s.app.http.as(coordinator.token).data(Operations.JOIN_CONFERENCE, { id });
    await s.app.http.as(coordinator.token).data(Operations.LEAVE_CONFERENCE, { id });
    const resumed = follow<RoomEvent>(s.app.wsUrl, coordinator.token, Operations.CONFERENCE_EVENTS, { id, after: started?.id });
    try {
      expect((await resumed.received(2)).map((e) => e.type)).toEqual(['JOINED', 'LEFT']);
      await s.app.http.as(coordinator.token).data(Operations.JOIN_CONFERENCE, { id });
      const all = await resumed.received(3);
      expect(all.map((e) => e.type)).toEqual(['JOINED', 'LEFT', 'JOINED']);
      expect(new Set(all.map((e) => e.id)).size).toBe(3);
    } finally {
      await resumed.close();
    }
  });
});
