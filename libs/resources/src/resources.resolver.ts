import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@renkei/access';
import type { Connection } from '@renkei/graphql';
import { ID_ARG, ResourceInput, ResourcesArgs, SetResourceActiveArgs, UpdateResourceArgs } from './dto/resource.input.js';
import { ResourceConnection, ResourceModel } from './resource.model.js';
import { ResourcesService } from './resources.service.js';

@Resolver(() => ResourceModel)
export class ResourcesResolver {
  constructor(private readonly service: ResourcesService) {}

  @Query(() => ResourceConnection, {
    description: 'The municipality’s directory of local resources (社会資源), for every user: ranked by the text (name/kana, then organization, then description), then in 五十音順. Suspended resources only with includeInactive.',
  })
  resources(@CurrentActor() actor: Actor, @Args() args: ResourcesArgs): Promise<Connection<ResourceModel>> {
    return this.service.search(actor, args);
  }

  @Query(() => ResourceModel, { nullable: true, description: 'One resource; NOT_FOUND for one the caller may not know of (another municipality’s).' })
  resource(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ResourceModel> {
    return this.service.get(actor, id);
  }

  @Query(() => [String], { description: 'The areas (地区) the directory names, for the filter.' })
  resourceAreas(@CurrentActor() actor: Actor): Promise<string[]> {
    return this.service.areas(actor);
  }

  @Mutation(() => ResourceModel, { description: 'ADMIN and COORDINATOR: a new resource, active, version 1; audited (resource.created).' })
  createResource(@CurrentActor() actor: Actor, @Args('input') input: ResourceInput): Promise<ResourceModel> {
    return this.service.create(actor, input);
  }

  @Mutation(() => ResourceModel, { description: 'ADMIN and COORDINATOR: replaces a resource’s content; CONFLICT when expectedVersion is stale; audited (resource.updated).' })
  updateResource(@CurrentActor() actor: Actor, @Args() { id, input, expectedVersion }: UpdateResourceArgs): Promise<ResourceModel> {
    return this.service.update(actor, id, input, expectedVersion);
  }

  @Mutation(() => ResourceModel, { description: 'ADMIN and COORDINATOR: suspends (休止, false) or resumes (再開, true) a resource; audited (resource.deactivated / resource.activated).' })
  setResourceActive(@CurrentActor() actor: Actor, @Args() { id, active }: SetResourceActiveArgs): Promise<ResourceModel> {
    return this.service.setActive(actor, id, active);
  }
}
