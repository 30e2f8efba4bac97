import type { Actor } from '@renkei/access';
import { TaskStatus, type TasksService } from '@renkei/tasks';

/**
 * The coordinator moves an agency's task on to done for it, as for the agencies without a demo
 * user: accepted, then completed with a note. `version` spares reading the task when known.
 */
export async function completeForAgency(tasks: TasksService, coordinator: Actor, taskId: string, note: string, version?: number): Promise<void> {
  const accepted = await tasks.updateStatus(coordinator, taskId, TaskStatus.ACCEPTED, undefined, version ?? (await tasks.get(coordinator, taskId)).version);
  await tasks.updateStatus(coordinator, taskId, TaskStatus.COMPLETED, note, accepted.version);
}
