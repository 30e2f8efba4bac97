import { beforeAll, describe, expect, it } from '@jest/globals';
import { EventBus } from '@renkei/graphql';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Collected, type Staff, type TestAppScope } from '@renkei/testing';

// The machine's Redis (CI starts it); REDIS_URL points elsewhere.
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

interface TaskEvent {
  taskEvents: { type: string; task: { taskId: string } };
}

const assigned = (taskId: string) => (event: TaskEvent) => event.taskEvents.task.taskId === taskId && event.taskEvents.type === 'ASSIGNED';

/**
 * A task event travels on its recipients' topics only: the live streams of the other
 * subscribers of the municipality are never offered it. What the streams of this process
 * were offered is read from the bus's tally of deliveries (a message a stream yields to its
 * subscriber, before the check at delivery): with one topic per municipality, every stream
 * would count every event.
 */
function addressing(s: TestAppScope): void {
  let coordinator: Staff;
  let housing: Staff; // the recipient, as a user and through their agency
  let colleague: Staff; // the same agency: receives what is addressed to the agency
  let legal: Staff; // another agency on the team
  let health: Staff; // another agency on the team
  let caseId: string;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    colleague = await s.fixtures.staff([Role.CASEWORKER], { agencyId: housing.agencyId });
    legal = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    caseId = await new CaseFixtures(s.app).openCase(coordinator.token);
    for (const member of [housing, legal, health]) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
  });

  const assignTo = async (staff: Staff, title: string) =>
    (
      await s.app.http
        .as(coordinator.token)
        .data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title, assigneeUserId: staff.id, assigneeAgencyId: staff.agencyId } })
    ).assignTask.id;
  const taskTraffic = () => {
    const { published, delivered } = s.app.app.get(EventBus).traffic;
    const sum = (entries: [string, number][]) => entries.filter(([family]) => family.includes(':task-events')).reduce((total, [, count]) => total + count, 0);
    return { published: sum(published.entries()), delivered: sum(delivered.entries()) };
  };

  it('offers an event to the streams of its recipients only, once each although it travels on two of their topics', async () => {
    const [newest] = await s.app.dataSource.query<{ id: string }[]>('SELECT coalesce(max(id), 0)::text AS id FROM task_events');
    const listen = (staff: Staff): Collected<TaskEvent> => s.app.ws(staff.token).subscribe<TaskEvent>(Operations.TASK_EVENTS, { after: newest?.id });
    const [mine, colleagues, legals, healths] = [housing, colleague, legal, health].map(listen);
    const before = taskTraffic();

    const task = await assignTo(housing, 'Addressed to housing');
    await mine?.waitFor(assigned(task));
    await colleagues?.waitFor(assigned(task));
    // Sentinels: each stream gets its messages in order, so once these have arrived the other
    // agencies' streams were offered everything they will be offered of `task`.
    const forLegal = await assignTo(legal, 'Sentinel for legal');
    const forHealth = await assignTo(health, 'Sentinel for health');
    await legals?.waitFor(assigned(forLegal), 30_000);
    await healths?.waitFor(assigned(forHealth), 30_000);

    const after = taskTraffic();
    // housing and the colleague were offered `task`, legal and health their sentinel: one each.
    expect(after.delivered - before.delivered).toBe(4);
    // Three events, each on its user's and its agency's topic.
    expect(after.published - before.published).toBe(6);
    expect(mine?.items.map((e) => e.taskEvents.task.taskId)).toEqual([task]);
    expect(legals?.items.map((e) => e.taskEvents.task.taskId)).toEqual([forLegal]);
  });
}

describe('task events addressed to their recipients, on the in-process bus', () => {
  addressing(useTestApp());
});

describe('task events addressed to their recipients, over Redis', () => {
  addressing(useTestApp({ REDIS_URL }));
});
