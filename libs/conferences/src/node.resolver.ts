import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { CasesService } from '@renkei/cases';
import { Expensive, Node } from '@renkei/graphql';
import { DomainError, isUuid } from '@renkei/kernel';
import { TaskModel, TasksService } from '@renkei/tasks';
import { ConferencesService } from './conferences.service.js';

/** Null where the typed lookup answers NOT_FOUND (or FORBIDDEN): the caller may not know of it. */
export async function unlessHidden<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof DomainError && (error.kind === 'NOT_FOUND' || error.kind === 'FORBIDDEN')) return null;
    throw error;
  }
}

/**
 * Relay's `node(id:)`: a case, task or conference by its id alone, each through the very
 * lookup of its typed query (`case`, `task`, `conference`) and so under the same access
 * rules; null for what does not exist and for what the caller may not know of alike.
 */
@Resolver()
export class NodeResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly conferences: ConferencesService,
  ) {}

  @ThroughTheDoor('Query.node')
  @Expensive()
  @Query(() => Node, {
    nullable: true,
    description: 'A Case, Task or Conference by its id (Relay refetching), under the access rules of case(id), task(id) and conference(id); null when there is none the caller may see.',
  })
  async node(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Node | null> {
    if (!isUuid(id)) return null;
    return (
      (await unlessHidden(this.cases.get(actor, id))) ??
      (await unlessHidden(this.tasks.get(actor, id).then((task) => TaskModel.from(task)))) ??
      (await unlessHidden(this.conferences.view(actor, id)))
    );
  }
}
