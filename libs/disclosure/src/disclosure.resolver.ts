import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy, CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { ProvisionRecordModel } from '@renkei/audit';
import { Expensive, Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel, UsersService } from '@renkei/identity';
import { DisclosureWithholdingModel, PersonDisclosureModel } from './disclosure.model.js';
import { DisclosureService } from './disclosure.service.js';
import { DisclosureWithholdingGround } from './withholding-ground.js';
import { Withholdings } from './withholdings.js';

@Resolver()
export class DisclosureResolver {
  constructor(
    private readonly service: DisclosureService,
    private readonly withholdings: Withholdings,
  ) {}

  @ThroughTheDoor('Query.personDisclosure')
  @Expensive()
  @CheckPolicies((ability) => ability.can('disclose', 'Case'))
  @Query(() => PersonDisclosureModel, {
    description: 'ADMIN, AUDITOR: the person’s own record (本人開示) for their case, audited as case.disclosed. NOT_FOUND for a case of another municipality.',
  })
  personDisclosure(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string): Promise<PersonDisclosureModel> {
    return this.service.personDisclosure(actor, caseId);
  }

  @ThroughTheDoor('Mutation.withholdFromDisclosure')
  @CheckPolicies((ability) => ability.can('withhold', 'Case'))
  @Mutation(() => ProvisionRecordModel, { description: 'AUDITOR: withholds a provision record from the person’s own record on a ground of APPI art. 78 (audited); CONFLICT if already withheld.' })
  withholdFromDisclosure(
    @CurrentActor() actor: Actor,
    @Args('provisionRecordId', { type: () => ID }) provisionRecordId: string,
    @Args('ground', { type: () => DisclosureWithholdingGround }) ground: DisclosureWithholdingGround,
  ): Promise<ProvisionRecordModel> {
    return this.withholdings.withhold(actor, provisionRecordId, ground);
  }

  @ThroughTheDoor('Mutation.releaseFromWithholding')
  @CheckPolicies((ability) => ability.can('withhold', 'Case'))
  @Mutation(() => ProvisionRecordModel, { description: 'AUDITOR: undoes a mistaken withholding (audited); CONFLICT if the record is not withheld.' })
  releaseFromWithholding(@CurrentActor() actor: Actor, @Args('provisionRecordId', { type: () => ID }) provisionRecordId: string): Promise<ProvisionRecordModel> {
    return this.withholdings.release(actor, provisionRecordId);
  }
}

/** Whether a provision record is withheld from the person's own record: for those who disclose only. */
@Resolver(() => ProvisionRecordModel)
export class ProvisionRecordWithholdingResolver {
  constructor(
    private readonly withholdings: Withholdings,
    private readonly access: AccessPolicy,
  ) {}

  @ResolveField(() => DisclosureWithholdingModel, { nullable: true, description: 'The withholding from the person’s own record (本人開示), if any; null for viewers other than ADMIN and AUDITOR.' })
  async withholding(@Parent() record: ProvisionRecordModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<DisclosureWithholdingModel | null> {
    if (!this.access.can(actor, 'disclose', 'Case', { municipalityId: actor.municipalityId, teamAgencyIds: [] })) return null;
    const found = await loaders.get('disclosureWithholding', (ids) => this.withholdings.byRecordIds(actor.municipalityId, ids)).load(record.id);
    return found ? { ground: found.ground, decidedByUserId: found.decidedByUserId, decidedAt: found.decidedAt } : null;
  }
}

@Resolver(() => DisclosureWithholdingModel)
export class DisclosureWithholdingResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserModel, { description: 'The officer who decided it.' })
  async decidedBy(@Parent() withholding: DisclosureWithholdingModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(withholding.decidedByUserId);
    if (!user) throw new Error(`A withholding names an unknown user ${withholding.decidedByUserId}`);
    return UserModel.from(user);
  }
}
