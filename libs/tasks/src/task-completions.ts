import type { Actor } from '@renkei/access';
import type { TaskEntity } from './task.entity.js';
import type { PlanTaskInput } from './tasks.service.js';

/**
 * The port through which the context that gave a task hears of its completion without tasks
 * depending on it: a support plan's 見守り確認 done calls for the next check-in.
 */
export abstract class TaskCompletions {
  /**
   * In the completion's transaction (updateTaskStatus to COMPLETED of a task with a plan),
   * before the task row is written: the giving context takes its own locks first, in the
   * order its own steps take them, so the two cannot deadlock. Returns the task that follows,
   * which the tasks context assigns in the same transaction; null when none does.
   */
  abstract completing(actor: Actor, task: TaskEntity): Promise<PlanTaskInput | null>;
}
