import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { selectsPayloadOnly } from '@renkei/graphql';
import { Role, Sector } from '@renkei/kernel';
import { GraphQLMetrics } from '@renkei/observability';
import { CaseFixtures, Operations, useTestApp, type Collected, type Staff } from '@renkei/testing';
import { parse } from 'graphql';

interface TaskEvent {
  taskEvents: { type: string; task: { taskId: string; title?: string; task?: { id: string; status: string } | null } };
}

const assigned = (taskId: string) => (event: TaskEvent) => event.taskEvents.task.taskId === taskId && event.taskEvents.type === 'ASSIGNED';

/**
 * Execute once, send many: subscribers of one event with the same document and variables get
 * one execution of the selection; a selection that loads for its subscriber (the live task,
 * through the access door) is executed for each. Told from the server's own count of
 * deliveries, and checked against what each stock graphql-ws client received.
 */
describe('task events executed once for the subscribers who receive them', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff[];
  let caseId: string;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    const first = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    housing = [first, ...(await Promise.all([1, 2, 3].map(() => s.fixtures.staff([Role.CASEWORKER], { agencyId: first.agencyId }))))];
    caseId = await new CaseFixtures(s.app).openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: first.agencyId });
  });

  const assignToAgency = async (title: string) =>
    (await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title, assigneeAgencyId: housing[0]?.agencyId } })).assignTask.id;
  const deliveries = () => new Map(s.app.app.get(GraphQLMetrics).subscriptionDeliveries.entries());

  it('shares the selection of the event alone, and executes per subscriber what loads for the subscriber', () => {
    const { schema } = s.app.app.get(GraphQLSchemaHost);
    expect(selectsPayloadOnly(schema, parse(Operations.TASK_EVENTS))).toBe(true);
    expect(selectsPayloadOnly(schema, parse(Operations.TASK_EVENTS_WITH_LIVE_TASK))).toBe(false);
  });

  it('executes an event once for three subscribers of one document, once more for the one loading the live task', async () => {
    const [newest] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events');
    const streams: Collected<TaskEvent>[] = housing.map((staff, i) =>
      s.app.ws(staff.token).subscribe<TaskEvent>(i < 3 ? Operations.TASK_EVENTS : Operations.TASK_EVENTS_WITH_LIVE_TASK, { after: newest?.id }),
    );
    // Once every stream has had a first event, each is live (its catch-up read is behind it).
    const warmUp = await assignToAgency('Warm-up');
    await Promise.all(streams.map((stream) => stream.waitFor(assigned(warmUp))));

    const before = deliveries();
    const task = await assignToAgency('家庭訪問の日程調整');
    const received = await Promise.all(streams.map((stream) => stream.waitFor(assigned(task))));
    const after = deliveries();
    const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    expect({ executed: delta('executed'), shared: delta('shared') }).toEqual({ executed: 2, shared: 2 });

    // Every subscriber got the whole result, each on its own subscription id (the stock client would not match it otherwise).
    expect(received.slice(0, 3)).toEqual([received[0], received[0], received[0]]);
    expect(received[3]?.taskEvents.task.task).toEqual({ id: task, status: 'REQUESTED', version: 1 });

    // The live task is loaded afresh for each event, not kept from the subscription's first.
    const updated = (event: TaskEvent) => event.taskEvents.task.taskId === task && event.taskEvents.type === 'UPDATED';
    await s.app.http.as(housing[3]?.token ?? '').data(Operations.UPDATE_TASK_STATUS, { id: task, status: 'ACCEPTED', expectedVersion: 1 });
    const live = await streams[3]?.waitFor(updated);
    expect(live?.taskEvents.task.task).toEqual({ id: task, status: 'ACCEPTED', version: 2 });
  });
});
