import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor, type ReadScope, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { CaseModel, CasesService } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { Purpose } from '@renkei/kernel';
import { UserModel, UsersService } from '@renkei/identity';
import { CaseSummaryModel, SummariesService } from '@renkei/summaries';
import { TaskModel } from '@renkei/tasks';
import { ActionReviewModel, AgendaItemModel, ConferenceModel, DecisionModel } from './conference.model.js';
import { ConferencesService } from './conferences.service.js';

/** A conference's relations; case content only through an acknowledged participant's view, and the one door. */
@Resolver(() => ConferenceModel)
export class ConferenceFieldsResolver {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
  ) {}

  @ResolveField(() => UserModel, { description: 'The convening coordinator (会長).' })
  async chair(@Parent() conference: ConferenceModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    const user = await loaders.get('user', (ids) => this.users.byIds(ids)).load(conference.chairUserId);
    if (!user) throw new Error(`Conference ${conference.id} has an unknown chair`);
    return UserModel.from(user);
  }

  @ResolveField(() => [AgencyModel], { description: 'The agencies convened (構成員).' })
  async participants(@Parent() conference: ConferenceModel): Promise<AgencyModel[]> {
    const agencies = await this.agencies.byIds(conference.participantAgencyIds);
    return conference.participantAgencyIds.flatMap((id) => agencies.get(id) ?? []);
  }

  @ThroughTheDoor('Conference.actionItems')
  @ResolveField(() => [TaskModel], { description: 'The action items decided in this conference, on the agenda cases the caller may know of.' })
  async actionItems(@Parent() conference: ConferenceModel, @CurrentActor() actor: Actor): Promise<TaskModel[]> {
    if (!conference.acknowledgedByMe) return [];
    return (await this.conferences.actionItemsFor(actor, conference)).map((t) => TaskModel.from(t));
  }

  @ThroughTheDoor('Conference.openActionItems')
  @ResolveField(() => [TaskModel], {
    description: 'Open action items of earlier conferences on these cases, to review: each only for one who was in the meeting that decided it, or holds it.',
  })
  async openActionItems(@Parent() conference: ConferenceModel, @CurrentActor() actor: Actor): Promise<TaskModel[]> {
    if (!conference.acknowledgedByMe) return [];
    return (await this.conferences.openActionItemsFor(actor, conference)).map((t) => TaskModel.from(t));
  }

  @ThroughTheDoor('Conference.actionReviews')
  @ResolveField(() => [ActionReviewModel])
  async actionReviews(@Parent() conference: ConferenceModel): Promise<ActionReviewModel[]> {
    return conference.acknowledgedByMe ? this.conferences.reviewsOf(conference.id) : [];
  }
}

/** An agenda item's content: present only for an acknowledged participant and a case they may know of (caseId set). */
@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly cases: CasesService,
    private readonly summaryReader: SummariesService,
  ) {}

  @ThroughTheDoor('AgendaItem.case')
  @ResolveField(() => CaseModel, { nullable: true, description: 'The case, through the one door, as shared in this meeting; null without content.' })
  async case(@Parent() item: AgendaItemModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseModel | null> {
    if (!item.caseId) return null;
    const scope = inMeeting(item.conferenceId);
    return loaders.get(`case:${item.conferenceId}`, (ids) => this.cases.readable(actor, ids, scope)).load(item.caseId);
  }

  @ThroughTheDoor('AgendaItem.decisions')
  @ResolveField(() => [DecisionModel])
  async decisions(@Parent() item: AgendaItemModel, @Loaders() loaders: RequestLoaders): Promise<DecisionModel[]> {
    if (!item.caseId) return [];
    const byCase = await loaders.get('conferenceDecisions', async (ids) => new Map(await Promise.all(ids.map(async (id) => [id, await this.conferences.decisionsByCase(id)] as const)))).load(item.conferenceId);
    return byCase?.get(item.caseId) ?? [];
  }

  @ThroughTheDoor('AgendaItem.summaries')
  @ResolveField(() => [CaseSummaryModel], {
    description: 'The agencies’ summaries of the case as shared in this meeting: consent for CONFERENCE, or this 支援会議’s basis.',
  })
  async summaries(@Parent() item: AgendaItemModel, @CurrentActor() actor: Actor): Promise<CaseSummaryModel[]> {
    return item.caseId ? this.summaryReader.read(actor, item.caseId, inMeeting(item.conferenceId)) : [];
  }
}

function inMeeting(conferenceId: string): ReadScope {
  return { purpose: Purpose.CONFERENCE, conferenceId };
}
