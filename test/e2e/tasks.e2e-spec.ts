import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { OutboxRelay } from '@renkei/graphql';
import { TaskReminders } from '@renkei/tasks';
import { CaseFixtures, Operations, useTestApp, type Collected, type Staff } from '@renkei/testing';

interface TaskEvent {
  taskEvents: { id: string; type: string; task: { taskId: string; title: string; status: string; version: number } };
}
interface Task {
  id: string;
  status: string;
  version: number;
  comments: { text: string }[];
}

const ofTask = (taskId: string, type: string) => (event: TaskEvent) => event.taskEvents.task.taskId === taskId && event.taskEvents.type === type;

describe('tasks, followed live over graphql-ws', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff; // the assignee
  let housingColleague: Staff; // same agency
  let legal: Staff; // on the team, not an assignee
  let health: Staff; // on the team, the next assignee
  let cases: CaseFixtures;
  let caseId: string;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    housingColleague = await s.fixtures.staff([Role.CASEWORKER], { agencyId: housing.agencyId });
    legal = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    cases = new CaseFixtures(s.app);
    caseId = await cases.openCase(coordinator.token);
    for (const member of [housing, legal, health]) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
  });

  const assign = async (title: string, extra: Record<string, unknown> = { assigneeUserId: housing.id, assigneeAgencyId: housing.agencyId }) =>
    (await s.app.http.as(coordinator.token).data<{ assignTask: Task }>(Operations.ASSIGN_TASK, { input: { caseId, title, ...extra } })).assignTask;
  /** The newest task event now: a subscription from it misses nothing that happens later, however long it takes to go live. */
  const newestEvent = async () => (await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events'))[0]?.id ?? '0';
  const listen = (staff: Staff, after: string): Collected<TaskEvent> => s.app.ws(staff.token).subscribe<TaskEvent>(Operations.TASK_EVENTS, { after });
  const subscribed = async (...staff: Staff[]) => {
    const after = await newestEvent();
    return staff.map((member) => listen(member, after));
  };
  /** Events reach a subscriber in id order: once `sentinel` has arrived, everything before it has too. */
  const before = (stream: Collected<TaskEvent> | undefined, sentinel: Task) => {
    const items = stream?.items ?? [];
    return items.slice(0, items.findIndex((e) => e.taskEvents.task.taskId === sentinel.id));
  };

  it('delivers ASSIGNED to the assignee and their agency’s colleagues — and to nobody else', async () => {
    const [mine, colleague, bystander, boss] = await subscribed(housing, housingColleague, legal, coordinator);
    const task = await assign('家賃の支払い計画を作る (make a rent payment plan)');
    await mine?.waitFor(ofTask(task.id, 'ASSIGNED'));
    await colleague?.waitFor(ofTask(task.id, 'ASSIGNED'));
    // Sentinels that must reach the bystander and the coordinator, after the task that must not.
    const forBystander = await assign('Sentinel for the bystander', { assigneeUserId: legal.id, assigneeAgencyId: legal.agencyId });
    const forBoss = await assign('Sentinel for the coordinator', { assigneeUserId: coordinator.id, assigneeAgencyId: coordinator.agencyId });
    await bystander?.waitFor(ofTask(forBystander.id, 'ASSIGNED'), 30_000);
    await boss?.waitFor(ofTask(forBoss.id, 'ASSIGNED'), 30_000);
    expect(before(bystander, forBystander)).toEqual([]);
    expect(before(boss, forBoss)).toEqual([]);
  });

  it('UPDATED with optimistic concurrency: illegal steps and stale versions are CONFLICTs', async () => {
    const [mine] = await subscribed(housing);
    const task = await assign('Visit the landlord');
    const update = (status: string, expectedVersion: number, note?: string) =>
      s.app.http.as(housing.token).request<{ updateTaskStatus: Task }>(Operations.UPDATE_TASK_STATUS, { id: task.id, status, expectedVersion, note });
    expect((await update('COMPLETED', 1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const accepted = (await update('ACCEPTED', 1, '来週訪問します')).data?.updateTaskStatus;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2, comments: [{ text: '来週訪問します' }] });
    expect((await update('IN_PROGRESS', 1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const event = await mine?.waitFor(ofTask(task.id, 'UPDATED'));
    expect(event?.taskEvents.task).toMatchObject({ status: 'ACCEPTED', version: 2 });
  });

  it('of two writers with the same expected version, exactly one wins', async () => {
    const task = await assign('Call the health centre');
    const results = await Promise.all(
      ['ACCEPTED', 'REJECTED'].map((status) => s.app.http.as(housing.token).request(Operations.UPDATE_TASK_STATUS, { id: task.id, status, expectedVersion: 1 })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
  });

  it('COMMENTED, with the history kept on the task', async () => {
    const [mine] = await subscribed(housing);
    const task = await assign('Gather documents');
    await s.app.http.as(legal.token).data(Operations.COMMENT_ON_TASK, { id: task.id, text: '住民票の写しが必要です' });
    await mine?.waitFor(ofTask(task.id, 'COMMENTED'));
    const { task: found } = await s.app.http.as(housing.token).data<{ task: Task }>(Operations.TASK, { id: task.id });
    expect(found.comments.map((c) => c.text)).toEqual(['住民票の写しが必要です']);
  });

  it('reassignment tells the previous assignee UNASSIGNED, the new one ASSIGNED, and the flow to the previous one stops', async () => {
    const [previous, next] = await subscribed(housing, health);
    const task = await assign('Apply for housing benefit');
    await previous?.waitFor(ofTask(task.id, 'ASSIGNED'));
    await s.app.http.as(coordinator.token).data(Operations.REASSIGN_TASK, { id: task.id, assigneeUserId: health.id, assigneeAgencyId: health.agencyId });
    await previous?.waitFor(ofTask(task.id, 'UNASSIGNED'));
    await next?.waitFor(ofTask(task.id, 'ASSIGNED'));
    await s.app.http.as(health.token).data(Operations.UPDATE_TASK_STATUS, { id: task.id, status: 'ACCEPTED', expectedVersion: 2 });
    await next?.waitFor(ofTask(task.id, 'UPDATED'));
    const sentinel = await assign('Sentinel for the previous assignee');
    await previous?.waitFor(ofTask(sentinel.id, 'ASSIGNED'), 30_000);
    expect(before(previous, sentinel).filter((e) => e.taskEvents.task.taskId === task.id).map((e) => e.taskEvents.type)).toEqual(['ASSIGNED', 'UNASSIGNED']);
  });

  it('myTasks returns what is assigned to me or my agency, filtered by status', async () => {
    const forAgency = await assign('Agency-wide task', { assigneeAgencyId: housing.agencyId });
    const { myTasks } = await s.app.http.as(housingColleague.token).data<{ myTasks: { id: string; status: string }[] }>(Operations.MY_TASKS, { status: ['REQUESTED'] });
    expect(myTasks.map((t) => t.id)).toContain(forAgency.id);
    expect(myTasks.every((t) => t.status === 'REQUESTED')).toBe(true);
    const { myTasks: legalTasks } = await s.app.http.as(legal.token).data<{ myTasks: { id: string }[] }>(Operations.MY_TASKS);
    expect(legalTasks.map((t) => t.id)).not.toContain(forAgency.id);
  });

  it('only people who may see the case see or act on its tasks; assignees must be able to see it', async () => {
    const task = await assign('Private task');
    const outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    expect((await s.app.http.as(outsider.token).error(Operations.TASK, { id: task.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await s.app.http.as(outsider.token).error(Operations.COMMENT_ON_TASK, { id: task.id, text: 'x' })).extensions?.code).toBe('NOT_FOUND');
    const notOnTeam = await s.app.http.as(coordinator.token).error(Operations.ASSIGN_TASK, { input: { caseId, title: 'x', assigneeAgencyId: outsider.agencyId } });
    expect(notOnTeam).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(notOnTeam.message).toContain('assigneeAgencyId');
    const nobody = await s.app.http.as(coordinator.token).error(Operations.ASSIGN_TASK, { input: { caseId, title: 'x' } });
    expect(nobody.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('removing the assignee’s agency from the case team stops the flow at once', async () => {
    const caseOfOwn = await cases.openCase(coordinator.token);
    const member = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.DISABILITY });
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: caseOfOwn, agencyId: member.agencyId });
    const [stream] = await subscribed(member);
    const { assignTask: task } = await s.app.http.as(coordinator.token).data<{ assignTask: Task }>(Operations.ASSIGN_TASK, { input: { caseId: caseOfOwn, title: 'Home visit', assigneeAgencyId: member.agencyId } });
    await stream?.waitFor(ofTask(task.id, 'ASSIGNED'));
    await s.app.http.as(coordinator.token).data(Operations.REMOVE_TEAM_MEMBER, { caseId: caseOfOwn, agencyId: member.agencyId });
    await s.app.http.as(coordinator.token).data(Operations.COMMENT_ON_TASK, { id: task.id, text: 'still there?' });
    // A sentinel that must reach the member: a task of theirs on a case their agency is still on.
    const otherCase = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: otherCase, agencyId: member.agencyId });
    const { assignTask: sentinel } = await s.app.http.as(coordinator.token).data<{ assignTask: Task }>(Operations.ASSIGN_TASK, { input: { caseId: otherCase, title: 'Sentinel', assigneeAgencyId: member.agencyId } });
    await stream?.waitFor(ofTask(sentinel.id, 'ASSIGNED'), 30_000);
    expect(stream?.items.map((e) => [e.taskEvents.type, e.taskEvents.task.taskId])).toEqual([
      ['ASSIGNED', task.id],
      ['ASSIGNED', sentinel.id],
    ]);
  });

  it('a client that reconnects catches up from its cursor with taskEventsSince', async () => {
    const before = await s.app.http.as(housing.token).data<{ taskEventsSince: { totalCount: number; edges: { cursor: string }[] } }>(Operations.TASK_EVENTS_SINCE, { first: 100 });
    const cursor = before.taskEventsSince.edges.at(-1)?.cursor ?? null;
    const task = await assign('While offline');
    await s.app.http.as(legal.token).data(Operations.COMMENT_ON_TASK, { id: task.id, text: 'note' });
    const { taskEventsSince } = await s.app.http.as(housing.token).data<{ taskEventsSince: { edges: { node: { type: string; task: { taskId: string } } }[] } }>(Operations.TASK_EVENTS_SINCE, { after: cursor });
    expect(taskEventsSince.edges.map((e) => [e.node.type, e.node.task.taskId])).toEqual([
      ['ASSIGNED', task.id],
      ['COMMENTED', task.id],
    ]);
    expect((await s.app.http.as(legal.token).data<{ taskEventsSince: { edges: { node: { task: { taskId: string } } }[] } }>(Operations.TASK_EVENTS_SINCE, { first: 100 })).taskEventsSince.edges.some((e) => e.node.task.taskId === task.id)).toBe(false);
  });

  it('an event committed while the relay is down is delivered when it comes back', async () => {
    const relay = s.app.app.get(OutboxRelay);
    const [mine] = await subscribed(housing);
    // Live before the relay stops, so nothing can reach it but through the relay.
    const live = await assign('Sentinel: the stream is live');
    await mine?.waitFor(ofTask(live.id, 'ASSIGNED'), 30_000);
    await relay.stop();
    const task = await assign('Committed, not yet published');
    // Committed, and held in the outbox while the relay is down: nothing has published it.
    const held = await s.app.dataSource.query<{ published: boolean }[]>('SELECT published_at IS NOT NULL AS published FROM task_events WHERE task_id = $1', [task.id]);
    expect(held.map((row) => row.published)).toEqual([false]);
    expect(mine?.items.filter((e) => e.taskEvents.task.taskId === task.id)).toEqual([]);
    await relay.start();
    await mine?.waitFor(ofTask(task.id, 'ASSIGNED'));
  });

  it('DUE_SOON and OVERDUE reminders go out once each', async () => {
    const [mine] = await subscribed(housing);
    const soon = await assign('Due in an hour', { assigneeUserId: housing.id, dueAt: new Date(Date.now() + 3_600_000).toISOString() });
    const late = await assign('Was due yesterday', { assigneeUserId: housing.id, dueAt: new Date(Date.now() - 86_400_000).toISOString() });
    const reminders = s.app.app.get(TaskReminders);
    await Promise.all([reminders.tick(), reminders.tick(), reminders.tick()]);
    await mine?.waitFor(ofTask(soon.id, 'DUE_SOON'));
    await mine?.waitFor(ofTask(late.id, 'OVERDUE'));
    await reminders.tick();
    const sentinel = await assign('Sentinel after the last tick');
    await mine?.waitFor(ofTask(sentinel.id, 'ASSIGNED'), 30_000);
    expect(before(mine, sentinel).filter((e) => ['DUE_SOON', 'OVERDUE'].includes(e.taskEvents.type)).map((e) => e.taskEvents.task.taskId).sort()).toEqual([soon.id, late.id].sort());
  });

  it('a deactivated user’s subscription ends with their socket', async () => {
    const leaver = await s.fixtures.staff([Role.CASEWORKER], { agencyId: housing.agencyId });
    const socket = s.app.ws(leaver.token);
    socket.subscribe(Operations.TASK_EVENTS);
    await socket.connected;
    await s.app.http.as(await s.fixtures.admin()).data(Operations.DEACTIVATE_USER, { id: leaver.id });
    expect(await socket.closed).toBe(4403);
  });
});
