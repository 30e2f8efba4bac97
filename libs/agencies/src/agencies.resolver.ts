import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor } from '@renkei/access';
import { AgenciesService } from './agencies.service.js';
import { AgencyModel } from './agency.model.js';
import { CreateAgencyInput } from './dto/create-agency.input.js';
import { MunicipalityModel, MunicipalitySettingsArgs } from './municipality.model.js';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(private readonly service: AgenciesService) {}

  @Mutation(() => AgencyModel, { description: 'ADMIN: adds an agency to the caller’s municipality.' })
  @CheckPolicies((ability) => ability.can('create', 'Agency'))
  createAgency(@CurrentActor() actor: Actor, @Args('input') input: CreateAgencyInput): Promise<AgencyModel> {
    return this.service.create(actor, input.name, input.sector);
  }

  @Query(() => MunicipalityModel, { description: 'The caller’s municipality.' })
  municipality(@CurrentActor() actor: Actor): Promise<MunicipalityModel> {
    return this.service.municipality(actor);
  }

  @Mutation(() => MunicipalityModel, { description: 'ADMIN: the municipality’s settings.' })
  @CheckPolicies((ability) => ability.can('manage', 'Municipality'))
  updateMunicipalitySettings(@CurrentActor() actor: Actor, @Args() settings: MunicipalitySettingsArgs): Promise<MunicipalityModel> {
    return this.service.updateSettings(actor, settings);
  }

  @Query(() => [AgencyModel], { description: 'The agencies of the caller’s municipality.' })
  agencies(@CurrentActor() actor: Actor): Promise<AgencyModel[]> {
    return this.service.list(actor);
  }
}
