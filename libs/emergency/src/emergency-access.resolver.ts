import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, ThroughTheDoor, type Actor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { eventIdOf, Expensive, Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel, UsersService } from '@renkei/identity';
import { EmergencyAccessEventModel, EmergencyAccessModel, EmergencyAccessReviewModel } from './emergency-access.model.js';
import { EmergencyAccessService } from './emergency-access.service.js';
import { EmergencyEvents } from './emergency-events.js';
import { DeclareEmergencyAccessInput, EmergencyAccessesArgs, ID_ARG, ReviewEmergencyAccessArgs } from './dto/emergency-access.inputs.js';

@Resolver(() => EmergencyAccessModel)
export class EmergencyAccessResolver {
  constructor(
    private readonly service: EmergencyAccessService,
    private readonly events: EmergencyEvents,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @ThroughTheDoor('Mutation.declareEmergencyAccess')
  @Mutation(() => EmergencyAccessModel, {
    description:
      'A team caseworker or a coordinator opens named categories of one case for a limited time when a person’s life, body or property is at risk and consent cannot be obtained in time (緊急時の閲覧). Needs the password again (FORBIDDEN when wrong); RATE_LIMITED beyond the municipality’s declarations per day; NOT_FOUND for a case the caller may not know of.',
  })
  // Costly (a password hash) and a password guess: counted tenfold against the caller's allowance.
  @Expensive(10)
  declareEmergencyAccess(@CurrentActor() actor: Actor, @Args('input') input: DeclareEmergencyAccessInput): Promise<EmergencyAccessModel> {
    return this.service.declare(actor, input);
  }

  @ThroughTheDoor('Mutation.endEmergencyAccess')
  @Mutation(() => EmergencyAccessModel, { description: 'Its declarer (or the AUDITOR) ends an emergency access early; CONFLICT when it is not ACTIVE.' })
  endEmergencyAccess(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<EmergencyAccessModel> {
    return this.service.end(actor, id);
  }

  @ThroughTheDoor('Mutation.reviewEmergencyAccess')
  @Mutation(() => EmergencyAccessModel, { description: 'AUDITOR (the personal-information officer): the review of a declaration, once (CONFLICT when reviewed).' })
  reviewEmergencyAccess(@CurrentActor() actor: Actor, @Args() args: ReviewEmergencyAccessArgs): Promise<EmergencyAccessModel> {
    return this.service.review(actor, args);
  }

  @ThroughTheDoor('Query.emergencyAccesses')
  @Query(() => [EmergencyAccessModel], { description: 'AUDITOR and COORDINATOR: every declaration of the municipality; anyone else: their own. Newest first.' })
  emergencyAccesses(@CurrentActor() actor: Actor, @Args() args: EmergencyAccessesArgs): Promise<EmergencyAccessModel[]> {
    return this.service.list(actor, args);
  }

  @ThroughTheDoor('Subscription.emergencyAccessEvents')
  @Subscription(() => EmergencyAccessEventModel, {
    description:
      'Declarations made, ended and reviewed: to the municipality’s AUDITOR and COORDINATOR users, and to the declarer for their own. With `after` (the `id` of the last event the client holds), the events since then are replayed first: no gap, no repeat.',
    resolve: (event: EmergencyAccessEventModel) => event,
  })
  emergencyAccessEvents(
    @CurrentActor() actor: Actor,
    @Args('after', { type: () => String, nullable: true, description: 'The id of the last event the client holds; from now on when omitted.' }) after?: string | null,
  ): Promise<AsyncIterableIterator<EmergencyAccessEventModel>> {
    return this.events.subscribe(actor, after === undefined || after === null ? undefined : eventIdOf(after));
  }

  @ResolveField(() => UserModel)
  declaredBy(@Parent() access: EmergencyAccessModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    return userOf(this.users, loaders, access.declaredByUserId);
  }

  @ResolveField(() => AgencyModel)
  async declaredByAgency(@Parent() access: EmergencyAccessModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(access.declaredByAgencyId);
    // Agencies are never deleted (RESTRICT).
    if (!agency) throw new Error(`Emergency access names an unknown agency ${access.declaredByAgencyId}`);
    return agency;
  }
}

@Resolver(() => EmergencyAccessReviewModel)
export class EmergencyAccessReviewResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserModel)
  reviewedBy(@Parent() review: EmergencyAccessReviewModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    return userOf(this.users, loaders, review.reviewedByUserId);
  }
}

/** For the administrator: who declared emergencies that were found not justified. */
@Resolver(() => UserModel)
export class UserEmergencyResolver {
  constructor(private readonly service: EmergencyAccessService) {}

  @ResolveField(() => Int, { nullable: true, description: 'How many of the user’s emergency access declarations were reviewed as NOT_JUSTIFIED; null unless the viewer is an ADMIN or AUDITOR.' })
  async notJustifiedEmergencyAccesses(@CurrentActor() actor: Actor, @Parent() user: UserModel, @Loaders() loaders: RequestLoaders): Promise<number | null> {
    if (!this.service.mayCountNotJustified(actor)) return null;
    return (await loaders.get('notJustifiedEmergencyAccesses', (ids) => this.service.notJustifiedCounts(actor, ids)).load(user.id)) ?? 0;
  }
}

async function userOf(users: UsersService, loaders: RequestLoaders, id: string): Promise<UserModel> {
  const user = await loaders.get('user', (ids) => users.byIds(ids)).load(id);
  // Users are deactivated, never deleted.
  if (!user) throw new Error(`Emergency access names an unknown user ${id}`);
  return UserModel.from(user);
}
