import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IdField, IsDateInRange, OptionalIdField, PageArgs, TextField, Trim } from '@renkei/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { TaskStatus } from '../task-status.js';

@InputType()
export class AssignTaskInput {
  @IdField()
  caseId!: string;

  @OptionalIdField('When the task is an action item of a conference.')
  conferenceId?: string;

  @TextField(200)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(10_000)
  description = '';

  @OptionalIdField('With assigneeAgencyId: at least one assignee.')
  assigneeUserId?: string;

  @OptionalIdField()
  assigneeAgencyId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDateInRange()
  dueAt?: Date;
}

@ArgsType()
export class UpdateTaskStatusArgs {
  @IdField()
  id!: string;

  @Field(() => TaskStatus)
  @IsEnum(TaskStatus)
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'Kept as a comment on the task.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 5000)
  note?: string;

  @Field(() => Int, { description: 'The version the caller last saw; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class CommentOnTaskArgs {
  @IdField()
  id!: string;

  @TextField(5000)
  text!: string;
}

@ArgsType()
export class ReassignTaskArgs {
  @IdField()
  id!: string;

  @OptionalIdField()
  assigneeUserId?: string;

  @OptionalIdField()
  assigneeAgencyId?: string;
}

@ArgsType()
export class MyTasksArgs {
  @Field(() => [TaskStatus], { nullable: true, description: 'Only tasks in these statuses (all when omitted).' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(7)
  @IsEnum(TaskStatus, { each: true })
  status?: TaskStatus[];
}

const EVENT_CURSOR = 'The `id` of the last event the client holds (each event is its own cursor), or an edge `cursor` of taskEventsSince.';

@ArgsType()
export class TaskEventsSinceArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: `${EVENT_CURSOR} The first page when omitted.` })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  override after?: string;
}

@ArgsType()
export class TaskEventsArgs {
  @Field(() => String, { nullable: true, description: `${EVENT_CURSOR} The events after it are replayed before the live ones; from now on when omitted.` })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
