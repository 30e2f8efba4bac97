import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { CaseModel, CasesService } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel, UsersService } from '@renkei/identity';
import { TaskCommentModel, TaskModel, TaskSnapshotModel } from './task.model.js';
import { TasksService } from './tasks.service.js';

/** What a task and a past version of it both have: the parent's ids. */
interface TaskRelationIds {
  readonly caseId: string;
  readonly assigneeUserId: string | null;
  readonly assigneeAgencyId: string | null;
}

/**
 * The relations a task and a past version of it share, batched per operation: its case,
 * through the one door all the same (its record only on a basis; null once the caller may
 * no longer know of it), and its assignees. `typeName` is the GraphQL type they hang off.
 */
function TaskRelationsResolver(classRef: typeof TaskModel | typeof TaskSnapshotModel, typeName: 'Task' | 'TaskSnapshot') {
  @Resolver(() => classRef, { isAbstract: true })
  abstract class TaskRelations {
    constructor(
      protected readonly cases: CasesService,
      protected readonly users: UsersService,
      protected readonly agencies: AgenciesService,
    ) {}

    @ThroughTheDoor(`${typeName}.case`)
    @ResolveField(() => CaseModel, { nullable: true, description: 'The case, through the one door: its record only on a basis; null once the caller may no longer know of it.' })
    async case(@Parent() task: TaskRelationIds, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseModel | null> {
      return loaders.get('case', (ids) => this.cases.readable(actor, ids)).load(task.caseId);
    }

    @ResolveField(() => UserModel, { nullable: true })
    async assigneeUser(@Parent() task: TaskRelationIds, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
      if (!task.assigneeUserId) return null;
      const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(task.assigneeUserId);
      return user ? UserModel.from(user) : null;
    }

    @ResolveField(() => AgencyModel, { nullable: true })
    async assigneeAgency(@Parent() task: TaskRelationIds, @Loaders() loaders: RequestLoaders): Promise<AgencyModel | null> {
      if (!task.assigneeAgencyId) return null;
      return loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(task.assigneeAgencyId);
    }
  }
  return TaskRelations;
}

/** A task's relations. The task was loaded through the access layer (or authorised at delivery). */
@Resolver(() => TaskModel)
export class TaskFieldsResolver extends TaskRelationsResolver(TaskModel, 'Task') {
  constructor(
    private readonly tasks: TasksService,
    cases: CasesService,
    users: UsersService,
    agencies: AgenciesService,
  ) {
    super(cases, users, agencies);
  }

  @ThroughTheDoor('Task.comments')
  @ResolveField(() => [TaskCommentModel], { description: 'The comments on the task, oldest first.' })
  async comments(@Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<TaskCommentModel[]> {
    const comments = (await loaders.get('taskComments', (ids) => this.tasks.commentsOf(ids)).load(task.id)) ?? [];
    return comments.map(({ id, text, authorUserId, createdAt }) => ({ id, text, authorId: authorUserId, createdAt }));
  }
}

/**
 * A past version of a task, as a task event carries it: its relations as for a task, and
 * the task as it is now, loaded through the access layer as `Query.task` loads it (null
 * once the caller may no longer see it).
 */
@Resolver(() => TaskSnapshotModel)
export class TaskSnapshotFieldsResolver extends TaskRelationsResolver(TaskSnapshotModel, 'TaskSnapshot') {
  constructor(
    private readonly tasks: TasksService,
    cases: CasesService,
    users: UsersService,
    agencies: AgenciesService,
  ) {
    super(cases, users, agencies);
  }

  @ThroughTheDoor('TaskSnapshot.task')
  @ResolveField(() => TaskModel, { nullable: true, description: 'The task as it is now (its current version); null once the caller may no longer see it.' })
  async task(@Parent() snapshot: TaskSnapshotModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<TaskModel | null> {
    const task = await loaders.get('task', (ids) => this.tasks.readable(actor, ids)).load(snapshot.taskId);
    return task ? TaskModel.from(task) : null;
  }
}
