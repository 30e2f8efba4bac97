import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProvisionRecordModel } from '@renkei/audit';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { AgenciesService } from './agencies.service.js';
import { AgencyModel } from './agency.model.js';

/** The agencies named by a provision record, batched over the whole list. */
@Resolver(() => ProvisionRecordModel)
export class ProvisionRecordAgenciesResolver {
  constructor(private readonly service: AgenciesService) {}

  @ResolveField(() => AgencyModel, { description: 'The agency whose data was provided.' })
  providerAgency(@Parent() record: ProvisionRecordModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    return this.load(loaders, record.providerAgencyId);
  }

  @ResolveField(() => AgencyModel, { description: 'The agency that received it.' })
  recipientAgency(@Parent() record: ProvisionRecordModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    return this.load(loaders, record.recipientAgencyId);
  }

  private async load(loaders: RequestLoaders, id: string): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.service.byIds(ids)).load(id);
    // Agencies are never deleted (RESTRICT), so a record always names an existing one.
    if (!agency) throw new Error(`Provision record names an unknown agency ${id}`);
    return agency;
  }
}
