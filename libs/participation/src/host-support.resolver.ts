import { Args, ArgsType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { IdField, Loaders, type RequestLoaders } from '@renkei/graphql';
import { resourceLoader, ResourceModel, ResourcesService } from '@renkei/resources';
import { RecordHostSupportInput } from './dto/record-host-support.input.js';
import { HostNeedingSupportModel, HostSupportNoteModel } from './host-support.model.js';
import { HostSupportService } from './host-support.service.js';

@ArgsType()
class HostSupportNoteIdArgs {
  @IdField()
  id!: string;
}

@Resolver(() => HostSupportNoteModel)
export class HostSupportResolver {
  constructor(
    private readonly service: HostSupportService,
    private readonly resources: ResourcesService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => [HostNeedingSupportModel], { description: 'Every user of the municipality: the hosts with notes still needing follow-up, most open notes first.' })
  hostsNeedingSupport(@CurrentActor() actor: Actor): Promise<HostNeedingSupportModel[]> {
    return this.service.needingSupport(actor);
  }

  @Mutation(() => HostSupportNoteModel, { description: 'COORDINATOR and CASEWORKER: a note of support given to a host; audited (host_support.recorded).' })
  recordHostSupport(@CurrentActor() actor: Actor, @Args('input') input: RecordHostSupportInput): Promise<HostSupportNoteModel> {
    return this.service.record(actor, input);
  }

  @Mutation(() => HostSupportNoteModel, { description: 'COORDINATOR and CASEWORKER: marks the need dealt with; idempotent; audited (host_support.resolved) when it changes the note.' })
  resolveHostSupport(@CurrentActor() actor: Actor, @Args() { id }: HostSupportNoteIdArgs): Promise<HostSupportNoteModel> {
    return this.service.resolve(actor, id);
  }

  @ResolveField(() => ResourceModel)
  async resource(@Parent() note: HostSupportNoteModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<ResourceModel | null> {
    return resourceLoader(loaders, this.resources, actor).load(note.resourceId);
  }

  @ResolveField(() => AgencyModel, { description: 'The recording user’s agency.' })
  async agency(@Parent() note: HostSupportNoteModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel | null> {
    return loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(note.agencyId);
  }
}

@Resolver(() => HostNeedingSupportModel)
export class HostNeedingSupportResolver {
  constructor(private readonly resources: ResourcesService) {}

  @ResolveField(() => ResourceModel)
  async resource(@Parent() host: HostNeedingSupportModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<ResourceModel | null> {
    return resourceLoader(loaders, this.resources, actor).load(host.resourceId);
  }
}

/** What participation support adds to a resource of the directory; batched per operation. */
@Resolver(() => ResourceModel)
export class ResourceParticipationResolver {
  constructor(
    private readonly service: HostSupportService,
    private readonly resources: ResourcesService,
  ) {}

  @ResolveField(() => [HostSupportNoteModel], { description: 'The support given to this host (受入先への支援), newest first.' })
  async hostSupport(@Parent() resource: ResourceModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<HostSupportNoteModel[]> {
    // The notes' resource is this one: their `resource` needs no lookup.
    resourceLoader(loaders, this.resources, actor).prime(resource.id, resource);
    return (await loaders.get('hostSupport.notes', (ids) => this.service.notesOf(actor, ids)).load(resource.id)) ?? [];
  }

  @ResolveField(() => Int, { description: 'Referrals INTRODUCED, STARTED or CONTINUING to this resource: a count, never who.' })
  async activeReferrals(@Parent() resource: ResourceModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await loaders.get('hostSupport.activeReferrals', (ids) => this.service.activeReferrals(actor, ids)).load(resource.id)) ?? 0;
  }
}
