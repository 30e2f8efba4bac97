import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor } from '@renkei/access';
import { AgenciesService } from './agencies.service.js';
import { AgencyModel } from './agency.model.js';
import { CreateAgencyInput } from './dto/create-agency.input.js';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(private readonly service: AgenciesService) {}

  @Mutation(() => AgencyModel, { description: 'ADMIN: adds an agency to the caller’s municipality.' })
  @CheckPolicies((ability) => ability.can('create', 'Agency'))
  createAgency(@CurrentActor() actor: Actor, @Args('input') input: CreateAgencyInput): Promise<AgencyModel> {
    return this.service.create(actor, input.name, input.sector);
  }

  @Query(() => [AgencyModel], { description: 'The agencies of the caller’s municipality.' })
  agencies(@CurrentActor() actor: Actor): Promise<AgencyModel[]> {
    return this.service.list(actor);
  }
}
