import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { CaseModel, CasesService } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel, UsersService } from '@renkei/identity';
import { TaskCommentModel, TaskModel, TaskSnapshotModel } from './task.model.js';
import { TasksService } from './tasks.service.js';

/**
 * A task's relations, batched per operation. The task was loaded through the access layer
 * (or authorised at delivery); its case comes through the one door all the same.
 */
@Resolver(() => TaskModel)
export class TaskFieldsResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @ThroughTheDoor('Task.case')
  @ResolveField(() => CaseModel, { nullable: true, description: 'The case, through the one door: its record only on a basis; null once the caller may no longer know of it.' })
  async case(@Parent() task: TaskModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseModel | null> {
    return loaders.get('case', (ids) => this.cases.readable(actor, ids)).load(task.caseId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async assigneeUser(@Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    if (!task.assigneeUserId) return null;
    const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(task.assigneeUserId);
    return user ? UserModel.from(user) : null;
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  async assigneeAgency(@Parent() task: TaskModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel | null> {
    if (!task.assigneeAgencyId) return null;
    return loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(task.assigneeAgencyId);
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
export class TaskSnapshotFieldsResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @ThroughTheDoor('TaskSnapshot.task')
  @ResolveField(() => TaskModel, { nullable: true, description: 'The task as it is now (its current version); null once the caller may no longer see it.' })
  async task(@Parent() snapshot: TaskSnapshotModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<TaskModel | null> {
    const task = await loaders.get('task', (ids) => this.tasks.readable(actor, ids)).load(snapshot.taskId);
    return task ? TaskModel.from(task) : null;
  }

  @ThroughTheDoor('TaskSnapshot.case')
  @ResolveField(() => CaseModel, { nullable: true, description: 'The case, through the one door: its record only on a basis; null once the caller may no longer know of it.' })
  async case(@Parent() snapshot: TaskSnapshotModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseModel | null> {
    return loaders.get('case', (ids) => this.cases.readable(actor, ids)).load(snapshot.caseId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async assigneeUser(@Parent() snapshot: TaskSnapshotModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    if (!snapshot.assigneeUserId) return null;
    const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(snapshot.assigneeUserId);
    return user ? UserModel.from(user) : null;
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  async assigneeAgency(@Parent() snapshot: TaskSnapshotModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel | null> {
    if (!snapshot.assigneeAgencyId) return null;
    return loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(snapshot.assigneeAgencyId);
  }
}
