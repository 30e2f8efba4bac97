import { Args, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { eventIdOf, Loaders, type RequestLoaders } from '@renkei/graphql';
import { UserModel, UsersService } from '@renkei/identity';
import { ConferenceRequestModel } from './conference-request.model.js';
import { ConferenceRequestStream } from './conference-request-stream.js';
import { ConferenceRequestsService } from './conference-requests.service.js';
import { ConferenceModel } from './conference.model.js';
import { AnswerConferenceRequestArgs, MyConferenceRequestsArgs, RequestAttendanceInput, RequestInformationInput } from './dto/conference-request.inputs.js';

/** The chair's requests (出席の依頼・情報提供の依頼) and their answers. */
@Resolver(() => ConferenceRequestModel)
export class ConferenceRequestsResolver {
  constructor(
    private readonly requests: ConferenceRequestsService,
    private readonly stream: ConferenceRequestStream,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
  ) {}

  @ThroughTheDoor('Mutation.requestAttendance')
  @Mutation(() => ConferenceRequestModel, { description: 'The chair asks an agency not yet a member to attend (出席の依頼). FORBIDDEN for anyone but the chair; CONFLICT for an ended or cancelled meeting, or an agency already a member or asked.' })
  requestAttendance(@CurrentActor() actor: Actor, @Args('input') input: RequestAttendanceInput): Promise<ConferenceRequestModel> {
    return this.requests.requestAttendance(actor, input);
  }

  @ThroughTheDoor('Mutation.requestInformation')
  @Mutation(() => ConferenceRequestModel, { description: 'The chair of a 支援会議 asks an agency on the case team for sections of its data on an agenda case (情報提供の依頼). BAD_USER_INPUT for another kind of meeting, a case off the agenda or an agency off the case team.' })
  requestInformation(@CurrentActor() actor: Actor, @Args('input') input: RequestInformationInput): Promise<ConferenceRequestModel> {
    return this.requests.requestInformation(actor, input);
  }

  @ThroughTheDoor('Mutation.answerConferenceRequest')
  @Mutation(() => ConferenceRequestModel, {
    description:
      'A user of the addressed agency answers, once (CONFLICT after). Declining needs a reason. Accepting attendance makes the agency a member of the meeting; accepting a request for information shares `categories` (default: all requested) into the meeting.',
  })
  answerConferenceRequest(@CurrentActor() actor: Actor, @Args() { id, accept, reason, categories }: AnswerConferenceRequestArgs): Promise<ConferenceRequestModel> {
    return this.requests.answer(actor, id, { accept, reason: reason ?? null, categories: categories ?? null });
  }

  @ThroughTheDoor('Query.myConferenceRequests')
  @Query(() => [ConferenceRequestModel], { description: 'The chair’s requests addressed to the caller’s agency, newest first.' })
  myConferenceRequests(@CurrentActor() actor: Actor, @Args() { pending }: MyConferenceRequestsArgs): Promise<ConferenceRequestModel[]> {
    return this.requests.mine(actor, pending);
  }

  @ThroughTheDoor('Subscription.conferenceRequestEvents')
  @Subscription(() => ConferenceRequestModel, {
    description: 'Requests sent to the caller’s agency, and answers to the requests the caller sent as chair, live, as they are at delivery.',
    resolve: (request: ConferenceRequestModel) => request,
  })
  conferenceRequestEvents(
    @CurrentActor() actor: Actor,
    @Args('after', { type: () => String, nullable: true, description: 'A position in the requests’ event log: the events after it are replayed first, then live ones, no gap, no repeat; from now on when omitted.' }) after?: string | null,
  ): Promise<AsyncIterableIterator<ConferenceRequestModel>> {
    return this.stream.subscribe(actor, after === undefined || after === null ? undefined : eventIdOf(after));
  }

  @ResolveField(() => AgencyModel, { description: 'The addressed agency.' })
  async agency(@Parent() request: ConferenceRequestModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(request.agencyId);
    if (!agency) throw new Error(`Conference request ${request.id} names an unknown agency`);
    return agency;
  }

  @ResolveField(() => UserModel, { description: 'The chair who asked.' })
  async requestedBy(@Parent() request: ConferenceRequestModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    const user = await this.user(loaders, request.requestedByUserId);
    if (!user) throw new Error(`Conference request ${request.id} names an unknown user`);
    return user;
  }

  @ResolveField(() => UserModel, { nullable: true })
  answeredBy(@Parent() request: ConferenceRequestModel, @Loaders() loaders: RequestLoaders): Promise<UserModel | null> {
    return request.answeredByUserId ? this.user(loaders, request.answeredByUserId) : Promise.resolve(null);
  }

  private async user(loaders: RequestLoaders, id: string): Promise<UserModel | null> {
    const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(id);
    return user ? UserModel.from(user) : null;
  }
}

@Resolver(() => ConferenceModel)
export class ConferenceRequestsFieldResolver {
  constructor(private readonly service: ConferenceRequestsService) {}

  @ThroughTheDoor('Conference.requests')
  @ResolveField(() => [ConferenceRequestModel], { description: 'The chair’s requests and their answers, oldest first: for the chair and participants who acknowledged confidentiality.' })
  requests(@Parent() conference: ConferenceModel, @CurrentActor() actor: Actor): Promise<ConferenceRequestModel[]> {
    return this.service.ofConference(actor, conference);
  }
}
