import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { eventIdOf, Expensive, Loaders, type RequestLoaders } from '@renkei/graphql';
import { TaskModel } from '@renkei/tasks';
import { ConferenceEventModel } from './conference-events.js';
import { ConferenceEventStream } from './conference-event-stream.js';
import { ConferenceRecord } from './conference-record.js';
import { ConferenceModel, DecisionModel } from './conference.model.js';
import { ConferencesService } from './conferences.service.js';
import { unlessHidden } from './node.resolver.js';
import {
  AddMinutesArgs,
  CancelConferenceArgs,
  ConferenceAgenciesArgs,
  ConferenceCasesArgs,
  ConferencesArgs,
  RecordDecisionArgs,
  ReviewActionItemArgs,
  ScheduleConferenceInput,
} from './dto/conference.inputs.js';

const ID_ARG = { type: () => ID } as const;

@Resolver(() => ConferenceModel)
export class ConferencesResolver {
  constructor(
    private readonly service: ConferencesService,
    private readonly record: ConferenceRecord,
    private readonly stream: ConferenceEventStream,
  ) {}

  @ThroughTheDoor('Mutation.scheduleConference')
  @Mutation(() => ConferenceModel, { description: 'COORDINATOR: convenes agencies around cases.' })
  @CheckPolicies((ability) => ability.can('create', 'Conference'))
  scheduleConference(@CurrentActor() actor: Actor, @Args('input') input: ScheduleConferenceInput): Promise<ConferenceModel> {
    return this.service.schedule(actor, input);
  }

  @ThroughTheDoor('Mutation.updateAgenda')
  @Mutation(() => ConferenceModel, { description: 'COORDINATOR: replaces the cases on the agenda (minutes of cases that stay are kept).' })
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  updateAgenda(@CurrentActor() actor: Actor, @Args() { conferenceId, caseIds }: ConferenceCasesArgs): Promise<ConferenceModel> {
    return this.service.updateAgenda(actor, conferenceId, caseIds);
  }

  @ThroughTheDoor('Mutation.updateConferenceParticipants')
  @Mutation(() => ConferenceModel, { description: 'COORDINATOR: replaces the participating agencies; a removed agency loses the meeting at once.' })
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  updateConferenceParticipants(@CurrentActor() actor: Actor, @Args() { conferenceId, agencyIds }: ConferenceAgenciesArgs): Promise<ConferenceModel> {
    return this.service.updateParticipants(actor, conferenceId, agencyIds);
  }

  @ThroughTheDoor('Mutation.acknowledgeConfidentiality')
  @Mutation(() => ConferenceModel, { description: 'A participant acknowledges the duty of confidentiality (守秘義務) for this meeting; required before any case content.' })
  acknowledgeConfidentiality(@CurrentActor() actor: Actor, @Args('conferenceId', ID_ARG) conferenceId: string): Promise<ConferenceModel> {
    return this.service.acknowledge(actor, conferenceId);
  }

  @ThroughTheDoor('Mutation.startConference')
  @Mutation(() => ConferenceModel)
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  startConference(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ConferenceModel> {
    return this.service.transition(actor, id, 'start');
  }

  @ThroughTheDoor('Mutation.endConference')
  @Mutation(() => ConferenceModel)
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  endConference(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ConferenceModel> {
    return this.service.transition(actor, id, 'end');
  }

  @ThroughTheDoor('Mutation.cancelConference')
  @Mutation(() => ConferenceModel)
  @CheckPolicies((ability) => ability.can('run', 'Conference'))
  cancelConference(@CurrentActor() actor: Actor, @Args() { id, reason }: CancelConferenceArgs): Promise<ConferenceModel> {
    return this.service.transition(actor, id, 'cancel', reason);
  }

  @ThroughTheDoor('Mutation.joinConference')
  @Mutation(() => ConferenceModel, { description: 'Enters the live room of a conference in progress.' })
  joinConference(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ConferenceModel> {
    return this.service.join(actor, id);
  }

  @ThroughTheDoor('Mutation.leaveConference')
  @Mutation(() => ConferenceModel)
  leaveConference(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ConferenceModel> {
    return this.service.leave(actor, id);
  }

  @ThroughTheDoor('Mutation.addMinutes')
  @Mutation(() => ConferenceModel, { description: 'Appends to the minutes of one agenda case; a stale expectedVersion is a CONFLICT.' })
  addMinutes(@CurrentActor() actor: Actor, @Args() { conferenceId, caseId, text, expectedVersion }: AddMinutesArgs): Promise<ConferenceModel> {
    return this.service.addMinutes(actor, conferenceId, caseId, text, expectedVersion);
  }

  @ThroughTheDoor('Mutation.recordDecision')
  @Mutation(() => DecisionModel)
  recordDecision(@CurrentActor() actor: Actor, @Args() { conferenceId, caseId, text }: RecordDecisionArgs): Promise<DecisionModel> {
    return this.service.recordDecision(actor, conferenceId, caseId, text);
  }

  @ThroughTheDoor('Mutation.reviewActionItem')
  @Mutation(() => ConferenceModel, { description: 'Records whether an open action item of an earlier conference on these cases was done, with a reason.' })
  reviewActionItem(@CurrentActor() actor: Actor, @Args() { conferenceId, taskId, outcome, reason }: ReviewActionItemArgs): Promise<ConferenceModel> {
    return this.service.reviewActionItem(actor, conferenceId, taskId, outcome, reason);
  }

  @ThroughTheDoor('Query.conference')
  @Query(() => ConferenceModel, { nullable: true, description: 'A conference the caller takes part in (or coordinates); NOT_FOUND otherwise.' })
  conference(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ConferenceModel> {
    return this.service.view(actor, id);
  }

  @ThroughTheDoor('Query.conferences')
  @Query(() => [ConferenceModel], { description: 'The caller’s conferences scheduled in [from, to).' })
  conferences(@CurrentActor() actor: Actor, @Args() { from, to }: ConferencesArgs): Promise<ConferenceModel[]> {
    return this.service.list(actor, from, to);
  }

  @Expensive(5)
  @Query(() => String, { description: 'The minutes as a Markdown document (会議録), for participants who acknowledged confidentiality.' })
  conferenceRecord(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.record.markdown(actor, id);
  }

  @ThroughTheDoor('Subscription.conferenceEvents')
  @Subscription(() => ConferenceEventModel, {
    description:
      'The live room: presence, status, agenda, minutes, decisions and action items, to participants only. With `after` (the `id` of the last event the client holds), the events since then are replayed first, then the stream continues live: no gap, no repeat.',
    resolve: (event: ConferenceEventModel) => event,
  })
  conferenceEvents(
    @CurrentActor() actor: Actor,
    @Args('conferenceId', ID_ARG) conferenceId: string,
    @Args('after', { type: () => String, nullable: true, description: 'The id of the last event the client holds; the room from now on when omitted.' }) after?: string | null,
  ): Promise<AsyncIterableIterator<ConferenceEventModel>> {
    return this.stream.subscribe(actor, conferenceId, after === undefined || after === null ? undefined : eventIdOf(after));
  }
}

/** The conference that decided a task (an action item), as `conference(id)` would show it to the caller. */
@Resolver(() => TaskModel)
export class TaskConferenceResolver {
  constructor(private readonly service: ConferencesService) {}

  @ThroughTheDoor('Task.conference')
  @ResolveField(() => ConferenceModel, { nullable: true, description: 'The conference that decided this task (an action item), under the rules of conference(id): null when there is none or the caller does not take part in it.' })
  async conference(@Parent() task: TaskModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<ConferenceModel | null> {
    if (!task.conferenceId) return null;
    const view = (ids: readonly string[]) => Promise.all(ids.map(async (id) => [id, await unlessHidden(this.service.view(actor, id))] as const));
    return loaders.get('taskConference', async (ids) => new Map((await view(ids)).flatMap(([id, found]) => (found ? [[id, found] as const] : [])))).load(task.conferenceId);
  }
}
