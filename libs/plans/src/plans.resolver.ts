import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, readScopeKey, type Actor, ThroughTheDoor } from '@renkei/access';
import { CaseModel, COORDINATION } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { PlanAgreementInput, PlanInput } from './dto/plan.input.js';
import { PlanModel } from './plan.model.js';
import { PlansService } from './plans.service.js';

@Resolver(() => CaseModel)
export class PlansResolver {
  constructor(private readonly service: PlansService) {}

  @ThroughTheDoor('Mutation.draftPlan')
  @Mutation(() => PlanModel, {
    description: 'COORDINATOR: the next version of the case’s support plan, as a DRAFT; the case moves to PLANNING. CONFLICT while a version is DRAFT or PROPOSED, or for a case in INTAKE or CLOSED.',
  })
  @CheckPolicies((ability) => ability.can('writePlan', 'Case'))
  draftPlan(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string, @Args('input') input: PlanInput): Promise<PlanModel> {
    return this.service.draft(actor, caseId, input, COORDINATION);
  }

  @ThroughTheDoor('Mutation.updatePlan')
  @Mutation(() => PlanModel, { description: 'COORDINATOR: replaces a DRAFT’s content; CONFLICT for any other status or a stale expectedVersion.' })
  @CheckPolicies((ability) => ability.can('writePlan', 'Case'))
  updatePlan(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PlanInput,
    @Args('expectedVersion', { type: () => Int, description: 'The plan’s version as last read.' }) expectedVersion: number,
  ): Promise<PlanModel> {
    return this.service.update(actor, id, input, expectedVersion, COORDINATION);
  }

  @ThroughTheDoor('Mutation.recordPlanAgreement')
  @Mutation(() => PlanModel, { description: 'COORDINATOR: records the person’s agreement to a DRAFT or PROPOSED plan (本人の同意); without it a plan cannot be approved.' })
  @CheckPolicies((ability) => ability.can('writePlan', 'Case'))
  recordPlanAgreement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: PlanAgreementInput): Promise<PlanModel> {
    return this.service.recordAgreement(actor, id, input, COORDINATION);
  }

  @ThroughTheDoor('Case.plan')
  @ResolveField(() => PlanModel, { nullable: true, description: 'The plan in force: the newest approved version (null while none is approved, or once support ended).' })
  async plan(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<PlanModel | null> {
    // The parent came through the one door, for its scope; each text is decided for that scope,
    // for every case of the operation read in that scope in one batch.
    const { scope } = parent;
    return loaders.get(`casePlanInForce:${readScopeKey(scope)}`, (ids) => this.service.inForceOfCases(actor, ids, scope)).load(parent.id);
  }

  @ThroughTheDoor('Case.plans')
  @ResolveField(() => [PlanModel], { description: 'Every version of the support plan, newest first.' })
  async plans(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<PlanModel[]> {
    const { scope } = parent;
    return (await loaders.get(`casePlans:${readScopeKey(scope)}`, (ids) => this.service.plansOfCases(actor, ids, scope)).load(parent.id)) ?? [];
  }
}
