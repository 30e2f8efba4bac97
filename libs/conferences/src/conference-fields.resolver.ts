import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { CaseModel, CasesService } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { Purpose } from '@renkei/kernel';
import { UserModel, UsersService } from '@renkei/identity';
import { CaseSummaryModel, SummariesService } from '@renkei/summaries';
import { TaskModel, TasksService } from '@renkei/tasks';
import { meetingFacts } from './conference-facts.js';
import { ConferenceStore } from './conference-store.js';
import { ActionReviewModel, AgendaItemModel, ConferenceModel, DecisionModel } from './conference.model.js';
import { ConferencesService } from './conferences.service.js';

/** A conference's relations; case content only through an acknowledged participant's view. */
@Resolver(() => ConferenceModel)
export class ConferenceFieldsResolver {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly tasks: TasksService,
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

  @ResolveField(() => [TaskModel], { description: 'The action items decided in this conference.' })
  async actionItems(@Parent() conference: ConferenceModel): Promise<TaskModel[]> {
    return conference.acknowledgedByMe ? (await this.tasks.actionItemsOf(conference.id)).map((t) => TaskModel.from(t)) : [];
  }

  @ResolveField(() => [TaskModel], { description: 'Action items of earlier conferences on these cases that are still open: to review.' })
  async openActionItems(@Parent() conference: ConferenceModel): Promise<TaskModel[]> {
    return conference.acknowledgedByMe ? (await this.tasks.openActionItemsOn(conference.agendaCaseIds, conference.id)).map((t) => TaskModel.from(t)) : [];
  }

  @ResolveField(() => [ActionReviewModel])
  async actionReviews(@Parent() conference: ConferenceModel): Promise<ActionReviewModel[]> {
    return conference.acknowledgedByMe ? this.conferences.reviewsOf(conference.id) : [];
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(
    private readonly store: ConferenceStore,
    private readonly conferences: ConferencesService,
    private readonly cases: CasesService,
    private readonly summaryReader: SummariesService,
  ) {}

  @ResolveField(() => CaseModel, { nullable: true, description: 'Null until the caller acknowledged confidentiality.' })
  async case(@Parent() item: AgendaItemModel, @Loaders() loaders: RequestLoaders): Promise<CaseModel | null> {
    return item.caseId ? loaders.get('case', (ids) => this.cases.byIds(ids)).load(item.caseId) : null;
  }

  @ResolveField(() => [DecisionModel])
  async decisions(@Parent() item: AgendaItemModel, @Loaders() loaders: RequestLoaders): Promise<DecisionModel[]> {
    if (!item.caseId) return [];
    const byCase = await loaders.get('conferenceDecisions', async (ids) => new Map(await Promise.all(ids.map(async (id) => [id, await this.conferences.decisionsByCase(id)] as const)))).load(item.conferenceId);
    return byCase?.get(item.caseId) ?? [];
  }

  @ResolveField(() => [CaseSummaryModel], {
    description: 'The agencies’ summaries of the case as shared in this meeting: consent for CONFERENCE, or the 支援会議 basis.',
  })
  async summaries(@Parent() item: AgendaItemModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseSummaryModel[]> {
    if (!item.caseId) return [];
    // The conference and its 支援会議 facts are loaded once per operation, not per agenda case.
    const meeting = await loaders
      .get('conferenceMeeting', async (ids) => {
        const loaded = await Promise.all(
          ids.map(async (id) => {
            const conference = await this.conferences.requireContent(actor, id);
            return [id, { conference, facts: meetingFacts(conference, await this.store.accessDaysAfterEnd(conference.entity.municipalityId)) }] as const;
          }),
        );
        return new Map(loaded);
      })
      .load(item.conferenceId);
    if (!meeting?.conference.agendaCaseIds.includes(item.caseId)) return [];
    const subject = (await loaders.get('case', (ids) => this.cases.byIds(ids)).load(item.caseId))?.subject.fullName ?? '';
    return this.summaryReader.read(actor, { caseId: item.caseId, subjectName: subject, conference: { id: item.conferenceId, facts: meeting.facts } }, Purpose.CONFERENCE);
  }
}
