import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@renkei/access';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { resourceLoader, ResourceModel, ResourcesService } from '@renkei/resources';
import { CommunityActivitiesService } from './community-activities.service.js';
import { CommunityActivityLogModel, CommunityActivityModel } from './community-activity.model.js';
import { CommunityActivitiesArgs, CommunityActivityIdArgs, CommunityActivityInput, UpdateCommunityActivityArgs } from './dto/community-activity.input.js';

@Resolver(() => CommunityActivityModel)
export class CommunityActivitiesResolver {
  constructor(
    private readonly service: CommunityActivitiesService,
    private readonly directory: ResourcesService,
  ) {}

  @Query(() => CommunityActivityLogModel, { description: 'Every user of the municipality. from/to inclusive (LocalDate); to ≥ from; at most 2 years apart.' })
  communityActivities(@CurrentActor() actor: Actor, @Args() { from, to, kind }: CommunityActivitiesArgs): Promise<CommunityActivityLogModel> {
    return this.service.log(actor, from, to, kind ?? null);
  }

  @Query(() => CommunityActivityModel, { nullable: true, description: 'One activity; null for one the caller may not know of (another municipality’s).' })
  communityActivity(@CurrentActor() actor: Actor, @Args() { id }: CommunityActivityIdArgs): Promise<CommunityActivityModel | null> {
    return this.service.get(actor, id);
  }

  @Mutation(() => CommunityActivityModel, { description: 'COORDINATOR: records a community-building activity, version 1; audited (community_activity.recorded).' })
  recordCommunityActivity(@CurrentActor() actor: Actor, @Args('input') input: CommunityActivityInput): Promise<CommunityActivityModel> {
    return this.service.record(actor, input);
  }

  @Mutation(() => CommunityActivityModel, { description: 'COORDINATOR: replaces an activity’s content; CONFLICT when expectedVersion is stale; audited (community_activity.updated).' })
  updateCommunityActivity(@CurrentActor() actor: Actor, @Args() { id, input, expectedVersion }: UpdateCommunityActivityArgs): Promise<CommunityActivityModel> {
    return this.service.update(actor, id, input, expectedVersion);
  }

  @ResolveField(() => [ResourceModel], { description: 'The linked resources of the directory, in the order given.' })
  async resources(@Parent() activity: CommunityActivityModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<ResourceModel[]> {
    const found = await resourceLoader(loaders, this.directory, actor).loadMany(activity.resourceIds);
    return found.filter((resource): resource is ResourceModel => resource instanceof ResourceModel);
  }
}
