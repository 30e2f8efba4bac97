import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, readScopeKey, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { CaseModel } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel, UsersService } from '@renkei/identity';
import { resourceLoader, ResourceModel, ResourcesService } from '@renkei/resources';
import { ReferToResourceInput, UpdateReferralArgs } from './dto/referral.inputs.js';
import { ReferralIntroductionModel, ReferralModel } from './referral.model.js';
import { ReferralsService } from './referrals.service.js';

@Resolver(() => CaseModel)
export class CaseReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @ThroughTheDoor('Case.referrals')
  @ResolveField(() => [ReferralModel], { description: 'Referrals of the person to local resources (参加支援のつなぎ), newest first; each one’s content only on a basis.' })
  async referrals(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<ReferralModel[]> {
    // The parent came through the case door, for its scope; each referral is decided for that
    // scope, for every case of the operation read in that scope in one batch.
    const { scope } = parent;
    const found = await loaders.get(`caseReferrals:${readScopeKey(scope)}`, (ids) => this.service.ofCases(actor, ids, scope)).load(parent.id);
    return found ?? [];
  }
}

@Resolver(() => ReferralModel)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly resources: ResourcesService,
  ) {}

  @ThroughTheDoor('Mutation.referToResource')
  @Mutation(() => ReferralModel, { description: 'Who: ability ‘refer’ on the case (coordinator; team caseworker). The referral starts PROPOSED; follow-up dates become tasks of the caller.' })
  @CheckPolicies((ability) => ability.can('refer', 'Case'))
  referToResource(@CurrentActor() actor: Actor, @Args('input') input: ReferToResourceInput): Promise<ReferralModel> {
    return this.service.refer(actor, input);
  }

  @ThroughTheDoor('Mutation.updateReferral')
  @Mutation(() => ReferralModel, {
    description: 'Who: ability ‘update’ on the Referral (coordinator; caseworkers of the referring agency). A step the agreed transitions do not allow is BAD_USER_INPUT; CONFLICT on a stale expectedVersion.',
  })
  updateReferral(@CurrentActor() actor: Actor, @Args() args: UpdateReferralArgs): Promise<ReferralModel> {
    return this.service.update(actor, args);
  }

  @ThroughTheDoor('Query.referralIntroduction')
  @Query(() => ReferralIntroductionModel, {
    description: 'The introduction sheet (紹介票) for the host: only what the person agreed to share. From AGREED on (CONFLICT before), for those who may update the referral. Issuing it is audited (referral.introduction_issued).',
  })
  referralIntroduction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ReferralIntroductionModel> {
    return this.service.introduction(actor, id);
  }

  @ResolveField(() => AgencyModel, { description: 'The referring agency (the provider of the content).' })
  async agency(@Parent() referral: ReferralModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(referral.agencyId);
    if (!agency) throw new Error(`A referral names an unknown agency ${referral.agencyId}`);
    return agency;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who referred (as Task.assigneeUser).' })
  async referredBy(@Parent() referral: ReferralModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(referral.referredByUserId);
    return user ? UserModel.from(user) : null;
  }

  @ResolveField(() => ResourceModel, { nullable: true, description: 'The resource referred to; null when redacted.' })
  async resource(@Parent() referral: ReferralModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<ResourceModel | null> {
    if (!referral.resourceId) return null;
    return resourceLoader(loaders, this.resources, actor).load(referral.resourceId);
  }
}
