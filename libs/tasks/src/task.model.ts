import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@renkei/graphql';
import { TaskEventType, type TaskEventMessage, type TaskSnapshot } from './task-event.entity.js';
import type { TaskEntity } from './task.entity.js';
import { TaskStatus } from './task-status.js';

registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'Where a task stands.' });
registerEnumType(TaskEventType, { name: 'TaskEventType', description: 'What happened to a task.' });

@ObjectType('Task', { description: 'Something an agency or caseworker is asked to do for a case.' })
@HoldsPersonalData()
export class TaskModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int, { description: 'Pass as expectedVersion when changing the task.' })
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

  static from(task: TaskEntity | TaskSnapshot): TaskModel {
    const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
    return Object.assign(new TaskModel(), {
      id: task.id,
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
    });
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

@ObjectType('TaskEvent')
@HoldsPersonalData()
export class TaskEventModel {
  @Field(() => ID, { description: 'Also the cursor for taskEventsSince.' })
  id!: string;

  @Field(() => TaskEventType)
  type!: TaskEventType;

  @Field()
  occurredAt!: Date;

  @Field(() => TaskModel, { description: 'The task as it was when the event happened.' })
  task!: TaskModel;

  static from(message: TaskEventMessage): TaskEventModel {
    return Object.assign(new TaskEventModel(), { id: message.id, type: message.type, occurredAt: new Date(message.occurredAt), task: TaskModel.from(message.task) });
  }
}

export const TaskEventConnection = ConnectionType(TaskEventModel, 'TaskEvent');
