import { describe, expect, it } from '@jest/globals';
import { OutboxRelay } from '@renkei/graphql';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, recordStatements, useTestApp } from '@renkei/testing';

interface TaskEvent {
  taskEvents: { type: string; task: { taskId: string } };
}

// The outbox tables a statement list drained (the relay's claim of unsent rows).
const drained = (statements: readonly string[]) => [...new Set(statements.flatMap((sql) => /FROM (\w+) WHERE published_at IS NULL ORDER BY id/.exec(sql)?.[1] ?? []))];

describe('the outbox relay', () => {
  // No poll while the test runs: whatever the relay reads, a commit woke it to read.
  const s = useTestApp({ OUTBOX_POLL_MS: '60000' });

  it('woken by a commit, drains the outbox table the commit wrote to, not every table', async () => {
    const coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    const housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const caseId = await new CaseFixtures(s.app).openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: housing.agencyId });
    const relay = s.app.app.get(OutboxRelay);
    const mine = s.app.ws(housing.token).subscribe<TaskEvent>(Operations.TASK_EVENTS, { after: '0' });
    const statements = await recordStatements(s.app, async () => {
      const { assignTask } = await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
        input: { caseId, title: 'Woken for its own table', assigneeAgencyId: housing.agencyId },
      });
      await mine.waitFor((event) => event.taskEvents.task.taskId === assignTask.id && event.taskEvents.type === 'ASSIGNED');
      // Stopping waits for the pass under way: whatever else it drains is recorded too.
      await relay.stop();
    });
    await relay.start();
    expect(drained(statements)).toEqual(['task_events']);
  });
});
