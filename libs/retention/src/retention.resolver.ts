import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor } from '@renkei/access';
import { SetRetentionPeriodArgs } from './dto/set-retention-period.args.js';
import { RetentionFindingModel, RetentionPolicyModel } from './retention.model.js';
import { RetentionService } from './retention.service.js';

@Resolver(() => RetentionPolicyModel)
@CheckPolicies((ability) => ability.can('manage', 'RetentionPolicy'))
export class RetentionResolver {
  constructor(private readonly service: RetentionService) {}

  @Query(() => [RetentionPolicyModel], { description: 'ADMIN: the retention period of each kind of data (保存期間).' })
  retentionPolicies(@CurrentActor() actor: Actor): Promise<RetentionPolicyModel[]> {
    return this.service.policies(actor);
  }

  @Mutation(() => RetentionPolicyModel, { description: 'ADMIN: sets a kind’s period in whole days (30 to 36500), or with null keeps the data; audited (retention.period_set).' })
  setRetentionPeriod(@CurrentActor() actor: Actor, @Args() { kind, days }: SetRetentionPeriodArgs): Promise<RetentionPolicyModel> {
    return this.service.setPeriod(actor, kind, days ?? null);
  }

  @Query(() => [RetentionFindingModel], { description: 'ADMIN: the dry run: per kind, how many records are past their period now and when the oldest ended. Changes nothing.' })
  retentionReport(@CurrentActor() actor: Actor): Promise<RetentionFindingModel[]> {
    return this.service.report(actor);
  }

  @Mutation(() => [RetentionFindingModel], { description: 'ADMIN: removes now what is past its period (as the scheduled job does); returns what was removed; audited (retention.applied).' })
  applyRetention(@CurrentActor() actor: Actor): Promise<RetentionFindingModel[]> {
    return this.service.apply(actor);
  }
}
