import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { type Connection, eventIdOf, Expensive } from '@renkei/graphql';
import { AssignTaskInput, CommentOnTaskArgs, MyTasksArgs, ReassignTaskArgs, TaskEventsArgs, TaskEventsSinceArgs, UpdateTaskStatusArgs } from './dto/task.inputs.js';
import { TaskEventStream } from './task-event-stream.js';
import { TaskEventsOutbox } from './task-events.outbox.js';
import { TaskEventConnection, TaskEventModel, TaskModel } from './task.model.js';
import { TasksService } from './tasks.service.js';

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(
    private readonly service: TasksService,
    private readonly outbox: TaskEventsOutbox,
    private readonly stream: TaskEventStream,
  ) {}

  @ThroughTheDoor('Mutation.assignTask')
  @Mutation(() => TaskModel, {
    description:
      'Anyone who may see the case: asks a team agency and/or a user who may see it to do something, by a date. An action item (conferenceId) given to a member agency of the meeting that is not on the team adds it to the team.',
  })
  async assignTask(@CurrentActor() actor: Actor, @Args('input') input: AssignTaskInput): Promise<TaskModel> {
    return TaskModel.from(await this.service.assign(actor, input));
  }

  @ThroughTheDoor('Mutation.updateTaskStatus')
  @Mutation(() => TaskModel, { description: 'The assignee (user or agency) or a coordinator: moves the task along (illegal step or stale expectedVersion → CONFLICT; others → FORBIDDEN).' })
  async updateTaskStatus(@CurrentActor() actor: Actor, @Args() { id, status, note, expectedVersion }: UpdateTaskStatusArgs): Promise<TaskModel> {
    return TaskModel.from(await this.service.updateStatus(actor, id, status, note, expectedVersion));
  }

  @ThroughTheDoor('Mutation.commentOnTask')
  @Mutation(() => TaskModel)
  async commentOnTask(@CurrentActor() actor: Actor, @Args() { id, text }: CommentOnTaskArgs): Promise<TaskModel> {
    return TaskModel.from(await this.service.comment(actor, id, text));
  }

  @ThroughTheDoor('Mutation.reassignTask')
  @Mutation(() => TaskModel, { description: 'The assignee or a coordinator: hands an open task to other assignees; it starts again as REQUESTED.' })
  async reassignTask(@CurrentActor() actor: Actor, @Args() { id, ...assignees }: ReassignTaskArgs): Promise<TaskModel> {
    return TaskModel.from(await this.service.reassign(actor, id, assignees));
  }

  @ThroughTheDoor('Query.task')
  @Query(() => TaskModel, { nullable: true, description: 'A task on a case the caller may see; NOT_FOUND otherwise.' })
  async task(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<TaskModel> {
    return TaskModel.from(await this.service.get(actor, id));
  }

  @ThroughTheDoor('Query.myTasks')
  @Query(() => [TaskModel], { description: 'Tasks assigned to the caller or to their agency, soonest due first.' })
  async myTasks(@CurrentActor() actor: Actor, @Args() { status }: MyTasksArgs): Promise<TaskModel[]> {
    return (await this.service.mine(actor, status)).map((task) => TaskModel.from(task));
  }

  @ThroughTheDoor('Query.taskEventsSince')
  @Expensive()
  @Query(() => TaskEventConnection, { description: 'The caller’s task events after `after` (the `id` of the last event the client holds, or an edge cursor), oldest first: the durable log. To catch up and go on live in one call, subscribe to taskEvents(after:) instead.' })
  taskEventsSince(@CurrentActor() actor: Actor, @Args() { first, after }: TaskEventsSinceArgs): Promise<Connection<TaskEventModel>> {
    return this.outbox.since(actor, first, after);
  }

  @ThroughTheDoor('Subscription.taskEvents')
  @Subscription(() => TaskEventModel, {
    description:
      'Live events of the tasks assigned to the caller or their agency; each authorised again at delivery. With `after` (the `id` of the last event the client holds, e.g. after a reconnect or a failover), the events since then are replayed first, then the stream continues live: no gap, no repeat.',
    resolve: (event: TaskEventModel) => event,
  })
  taskEvents(@CurrentActor() actor: Actor, @Args() { after }: TaskEventsArgs): Promise<AsyncIterableIterator<TaskEventModel>> {
    return this.stream.subscribe(actor, after === undefined || after === null ? undefined : eventIdOf(after));
  }
}
