import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { PlanModel, PlanRoleModel } from './plan.model.js';

// Agencies of a plan's rows, batched per operation with the other agency fields.
async function agencyOf(agencies: AgenciesService, loaders: RequestLoaders, id: string): Promise<AgencyModel> {
  const agency = await loaders.get('agency', (ids) => agencies.byIds(ids)).load(id);
  if (!agency) throw new Error(`A plan names an unknown agency ${id}`);
  return agency;
}

@Resolver(() => PlanModel)
export class PlanFieldsResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyModel, { description: 'The writing agency (the coordinator’s): whose data the plan’s texts are.' })
  agency(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    return agencyOf(this.agencies, loaders, plan.agencyId);
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: '主担当: accompanies the person once the coordinator steps back, and evaluates the plan.' })
  async leadAgency(@Parent() plan: PlanModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel | null> {
    return plan.leadAgencyId ? agencyOf(this.agencies, loaders, plan.leadAgencyId) : null;
  }
}

@Resolver(() => PlanRoleModel)
export class PlanRoleFieldsResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyModel, { description: 'The agency that takes the role.' })
  agency(@Parent() role: PlanRoleModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    return agencyOf(this.agencies, loaders, role.agencyId);
  }
}
