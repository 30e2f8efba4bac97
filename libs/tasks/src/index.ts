import { TaskEventEntity } from './task-event.entity.js';
import { TaskCommentEntity, TaskEntity } from './task.entity.js';

export { ActionItemConferences } from './action-item-conferences.js';
export { TaskCompletions } from './task-completions.js';
export { TaskReminders } from './task-reminders.js';
export { TaskModel } from './task.model.js';
export { MyTasksArgs } from './dto/task.inputs.js';
export { TaskEntity } from './task.entity.js';
export { OPEN_TASK_STATUSES, TASK_STATUS_LABELS, TaskStatus } from './task-status.js';
export { TasksModule } from './tasks.module.js';
export { TasksService, type NoticeTaskInput, type PlanTaskInput } from './tasks.service.js';

/** The tables this context owns, for the application's DataSource. */
export const TASK_ENTITIES = [TaskEntity, TaskCommentEntity, TaskEventEntity];
export { TASK_INDICATOR_FACTS } from './task-indicator-facts.js';
