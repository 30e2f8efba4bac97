import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgendaItemModel } from '@renkei/conferences';
import { Purpose } from '@renkei/kernel';
import { PlanEvaluationInput } from './dto/plan-evaluation.input.js';
import { PlanLifecycleService } from './plan-lifecycle.service.js';
import { PlanModel } from './plan.model.js';
import { PlansService } from './plans.service.js';

@Resolver(() => PlanModel)
export class PlanLifecycleResolver {
  constructor(private readonly lifecycle: PlanLifecycleService) {}

  @ThroughTheDoor('Mutation.proposePlan')
  @Mutation(() => PlanModel, {
    description:
      'The chair of a 重層的支援会議 (SCHEDULED or IN_PROGRESS, the case on its agenda) puts the plan before it: a DRAFT to approve (→ PROPOSED), ' +
      'a plan in force to evaluate (→ REVIEW; the case moves to REVIEW). CONFLICT from any other status.',
  })
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  proposePlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('conferenceId', { type: () => ID }) conferenceId: string): Promise<PlanModel> {
    return this.lifecycle.propose(actor, id, conferenceId);
  }

  @ThroughTheDoor('Mutation.approvePlan')
  @Mutation(() => PlanModel, {
    description:
      '支援決定: the chair of the 重層的支援会議 IN_PROGRESS the plan was proposed in approves it (PROPOSED → IN_PROGRESS), with the person’s agreement recorded ' +
      '(else CONFLICT). The previous plan is superseded, the meeting’s decision links this version, the case moves to IN_SUPPORT, and each role becomes ' +
      'a task for its agency (the review one for the lead agency).',
  })
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  approvePlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('conferenceId', { type: () => ID }) conferenceId: string): Promise<PlanModel> {
    return this.lifecycle.approve(actor, id, conferenceId);
  }

  @ThroughTheDoor('Mutation.evaluatePlan')
  @Mutation(() => PlanModel, {
    description:
      '評価 by a coordinator or the lead agency (主担当) of an approved plan (else CONFLICT): every goal once, then CONTINUE (a next DRAFT; case PLANNING), ' +
      'CLOSE (case CLOSED), SUSPEND (case CLOSED) or WATCH (a 見守り確認 task; case WATCHING). Its open review tasks are completed.',
  })
  @CheckPolicies((ability) => ability.can('evaluate', 'Plan'))
  evaluatePlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: PlanEvaluationInput): Promise<PlanModel> {
    return this.lifecycle.evaluate(actor, id, input);
  }
}

/** The plan an agenda item carries, behind the item's 守秘義務 gate (caseId is null without content). */
@Resolver(() => AgendaItemModel)
export class AgendaItemPlanResolver {
  constructor(private readonly plans: PlansService) {}

  @ThroughTheDoor('AgendaItem.plan')
  @ResolveField(() => PlanModel, { nullable: true, description: 'The plan version put before the meeting on this case (to approve or evaluate), as shared in this meeting.' })
  async plan(@Parent() item: AgendaItemModel, @CurrentActor() actor: Actor): Promise<PlanModel | null> {
    if (!item.caseId || !item.planId) return null;
    const plans = await this.plans.byIds(actor, item.caseId, [item.planId], { purpose: Purpose.CONFERENCE, conferenceId: item.conferenceId });
    return plans.get(item.planId) ?? null;
  }
}
