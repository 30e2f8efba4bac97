import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { ConsentModel } from './consent.model.js';
import { ConsentService } from './consent.service.js';
import { RecordConsentInput } from './dto/record-consent.input.js';
import { RevokeConsentArgs } from './dto/revoke-consent.args.js';

@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @ThroughTheDoor('Mutation.recordConsent')
  @Mutation(() => ConsentModel, { description: 'COORDINATOR or a team member: records the person’s consent and its provisions.' })
  @CheckPolicies((ability) => ability.can('recordConsent', 'Case'))
  recordConsent(@CurrentActor() actor: Actor, @Args('input') input: RecordConsentInput): Promise<ConsentModel> {
    return this.service.record(actor, input);
  }

  @ThroughTheDoor('Mutation.revokeConsent')
  @Mutation(() => ConsentModel, { description: 'Revokes a consent, effective immediately.' })
  @CheckPolicies((ability) => ability.can('recordConsent', 'Case'))
  revokeConsent(@CurrentActor() actor: Actor, @Args() { id, reason }: RevokeConsentArgs): Promise<ConsentModel> {
    return this.service.revoke(actor, id, reason);
  }

  @ThroughTheDoor('Query.consents')
  @Query(() => [ConsentModel], { description: 'The consents recorded on a case the caller may see, newest first.' })
  consents(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string): Promise<ConsentModel[]> {
    return this.service.list(actor, caseId);
  }
}
