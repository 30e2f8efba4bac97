import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node } from '@renkei/graphql';
import { TaskEventType, type TaskEventMessage, type TaskSnapshot } from './task-event.entity.js';
import type { TaskEntity } from './task.entity.js';
import { TaskStatus } from './task-status.js';

registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'Where a task stands.' });
registerEnumType(TaskEventType, { name: 'TaskEventType', description: 'What happened to a task.' });

/** What a task says, now or as it was: the fields the live Task and a TaskSnapshot share. */
@ObjectType({ isAbstract: true })
abstract class TaskFields {
  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int, { description: 'Pass the current one as expectedVersion when changing the task.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The conference that decided this task (an action item).' })
  conferenceId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  // Resolved to Case, User and Agency by field resolvers.
  caseId!: string;
  assigneeUserId!: string | null;
  assigneeAgencyId!: string | null;
}

function fieldsOf(task: TaskEntity | TaskSnapshot): TaskFields {
  const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
  return {
    title: task.title,
    description: task.description,
    status: task.status as TaskStatus,
    version: task.version,
    dueAt: task.dueAt === null ? null : date(task.dueAt),
    conferenceId: task.conferenceId,
    createdAt: date(task.createdAt),
    updatedAt: date(task.updatedAt),
    caseId: task.caseId,
    assigneeUserId: task.assigneeUserId,
    assigneeAgencyId: task.assigneeAgencyId,
  };
}

@ObjectType('Task', { implements: () => [Node], description: 'Something an agency or caseworker is asked to do for a case. Always the current version (a task event carries a past one as TaskSnapshot).' })
@HoldsPersonalData()
export class TaskModel extends TaskFields {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The support plan (支援プラン) whose approval made this task: a role or the plan’s review.' })
  planId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan goal this task serves (a role’s task).' })
  planGoalId!: string | null;

  static from(task: TaskEntity): TaskModel {
    // Assigned, not spread: on Node 20 each key after a spread costs about a microsecond, and a list makes one model a task.
    return Object.assign(new TaskModel(), fieldsOf(task), { id: task.id, planId: task.planId, planGoalId: task.planGoalId });
  }
}

@ObjectType('TaskComment')
@HoldsPersonalData()
export class TaskCommentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => ID)
  authorId!: string;

  @Field()
  createdAt!: Date;
}

/**
 * A task as it was when an event happened: a record of the past. Keyed by `taskId`, not
 * `id`, so that a normalising client cache (Apollo's InMemoryCache) never takes an old
 * version for the current `Task` and overwrites it; `task` is the task as it is now.
 */
@ObjectType('TaskSnapshot', {
  description: 'A task as it was when an event happened (a record of the past, keyed by taskId rather than id so that client caches never mistake it for the current Task); `task` is the task as it is now.',
})
@HoldsPersonalData()
export class TaskSnapshotModel extends TaskFields {
  @Field(() => ID, { description: 'The id of the Task this is a past version of.' })
  taskId!: string;

  static from(task: TaskSnapshot): TaskSnapshotModel {
    return Object.assign(new TaskSnapshotModel(), { taskId: task.id, ...fieldsOf(task) });
  }
}

@ObjectType('TaskEvent', { description: 'Something that happened to a task assigned to the caller or their agency.' })
@HoldsPersonalData()
export class TaskEventModel {
  @Field(() => ID, { description: 'Keep the last one you handled: it is the cursor for taskEvents(after:) and taskEventsSince(after:).' })
  id!: string;

  @Field(() => TaskEventType)
  type!: TaskEventType;

  @Field()
  occurredAt!: Date;

  @Field(() => TaskSnapshotModel, { description: 'The task as it was when the event happened; its `task` field is the task as it is now.' })
  task!: TaskSnapshotModel;

  static from(message: TaskEventMessage): TaskEventModel {
    return Object.assign(new TaskEventModel(), { id: message.id, type: message.type, occurredAt: new Date(message.occurredAt), task: TaskSnapshotModel.from(message.task) });
  }
}

export const TaskEventConnection = ConnectionType(TaskEventModel, 'TaskEvent');
