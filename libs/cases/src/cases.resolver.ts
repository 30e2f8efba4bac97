import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, readScopeKey, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { type Connection, Expensive, Loaders, type RequestLoaders } from '@renkei/graphql';
import { VisibilityBasis } from '@renkei/kernel';
import { CaseConnection, CaseModel, CaseSubjectModel, type CaseRecord } from './case.model.js';
import { CaseStatus, nextStatuses } from './case-status.js';
import { CasesService } from './cases.service.js';
import { CasesArgs, ChangeCaseStatusArgs } from './dto/cases.args.js';
import { OpenCaseInput, RegisterIntakeInput } from './dto/open-case.input.js';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly service: CasesService,
    private readonly agencies: AgenciesService,
  ) {}

  @ThroughTheDoor('Mutation.openCase')
  @Mutation(() => CaseModel, { description: 'COORDINATOR: opens a case; the coordinator’s agency joins its team and records it.' })
  @CheckPolicies((ability) => ability.can('create', 'Case'))
  openCase(@CurrentActor() actor: Actor, @Args('input') input: OpenCaseInput): Promise<CaseModel> {
    return this.service.open(actor, input);
  }

  @ThroughTheDoor('Mutation.registerIntake')
  @Mutation(() => CaseModel, {
    description:
      'Any counter (断らない相談支援): takes a person in. With consentToConnect.given the coordinator sees the intake in full; without it, only that it exists, from which counter, and its needs.',
  })
  @CheckPolicies((ability) => ability.can('registerIntake', 'Case'))
  registerIntake(@CurrentActor() actor: Actor, @Args('input') input: RegisterIntakeInput): Promise<CaseModel> {
    return this.service.registerIntake(actor, input);
  }

  @ThroughTheDoor('Mutation.addCaseTeamMember')
  @Mutation(() => CaseModel, { description: 'COORDINATOR: adds an agency of the municipality to the case team.' })
  @CheckPolicies((ability) => ability.can('manageTeam', 'Case'))
  addCaseTeamMember(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<CaseModel> {
    return this.service.addTeamMember(actor, caseId, agencyId);
  }

  @ThroughTheDoor('Mutation.removeCaseTeamMember')
  @Mutation(() => CaseModel, { description: 'COORDINATOR: removes an agency from the case team; it loses sight of the case at once.' })
  @CheckPolicies((ability) => ability.can('manageTeam', 'Case'))
  removeCaseTeamMember(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<CaseModel> {
    return this.service.removeTeamMember(actor, caseId, agencyId);
  }

  @ThroughTheDoor('Mutation.changeCaseStatus')
  @Mutation(() => CaseModel, { description: 'COORDINATOR: moves the case along its life cycle (illegal steps → CONFLICT).' })
  @CheckPolicies((ability) => ability.can('changeStatus', 'Case'))
  changeCaseStatus(@CurrentActor() actor: Actor, @Args() { caseId, status, note }: ChangeCaseStatusArgs): Promise<CaseModel> {
    return this.service.changeStatus(actor, caseId, status, note ?? null);
  }

  @ThroughTheDoor('Query.case')
  @Expensive()
  @Query(() => CaseModel, { nullable: true, description: 'A case the caller may know of; NOT_FOUND otherwise, exactly as for one that does not exist.' })
  case(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CaseModel> {
    return this.service.get(actor, id);
  }

  @ThroughTheDoor('Query.cases')
  @Expensive()
  @Query(() => CaseConnection, { description: 'The cases the caller may know of, newest first.' })
  cases(@CurrentActor() actor: Actor, @Args() args: CasesArgs): Promise<Connection<CaseModel>> {
    return this.service.list(actor, args);
  }

  @ResolveField(() => Boolean, { description: 'True when the caller has no basis to see who the person is: subject and intakeNote are null.' })
  async recordRedacted(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return (await this.record(actor, parent, loaders)).basis === null;
  }

  @ResolveField(() => VisibilityBasis, { nullable: true, description: 'Why the case record is visible; null when redacted.' })
  async recordBasis(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<VisibilityBasis | null> {
    return (await this.record(actor, parent, loaders)).basis;
  }

  @ThroughTheDoor('Case.subject')
  @ResolveField(() => CaseSubjectModel, { nullable: true, description: 'Who the person is; null when the record is redacted (recordRedacted).' })
  async subject(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseSubjectModel | null> {
    return (await this.provided(actor, parent, loaders)).subject;
  }

  @ResolveField(() => String, { nullable: true, description: 'What the person told the counter (受付メモ); null when there is none or the record is redacted.' })
  async intakeNote(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return (await this.provided(actor, parent, loaders)).intakeNote;
  }

  @ResolveField(() => AgencyModel, { description: 'The agency that recorded the case (the counter of an intake, or the coordinating body): whose data the record is.' })
  async recordingAgency(@Parent() parent: CaseModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(parent.recordingAgencyId);
    if (!agency) throw new Error(`Case ${parent.id} names an unknown recording agency`);
    return agency;
  }

  // Clients offer only these steps; the server's table stays the one source of the rule.
  @ResolveField(() => [CaseStatus], { description: 'The statuses changeCaseStatus accepts from the current one (the legal next steps of the life cycle).' })
  nextStatuses(@Parent() parent: CaseModel): readonly CaseStatus[] {
    return nextStatuses(parent.status);
  }

  @ResolveField(() => [AgencyModel], { description: 'The agencies on the case team (ケースチーム).' })
  async team(@Parent() parent: CaseModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel[]> {
    return (await loaders.get('caseTeam', (ids) => this.service.teamsOf(ids)).load(parent.id)) ?? [];
  }

  // The record of every case of the operation read in one batch, for the scope each was loaded in.
  private async record(actor: Actor, parent: CaseModel, loaders: RequestLoaders): Promise<CaseRecord> {
    const { scope } = parent;
    const found = await loaders.get(`caseRecord:${readScopeKey(scope)}`, (ids) => this.service.records(actor, ids, scope)).load(parent.id);
    if (!found) throw new Error(`Case ${parent.id} has no record`);
    return found;
  }

  // Returning the record is a provision: recorded once per case and scope per operation, for
  // every case of the operation in one batch.
  private async provided(actor: Actor, parent: CaseModel, loaders: RequestLoaders): Promise<CaseRecord> {
    const record = await this.record(actor, parent, loaders);
    if (!record.provision || !record.subject) return record;
    const key = JSON.stringify(record);
    await loaders
      .get('caseRecordProvision', async (keys) => {
        await this.service.provide(actor, keys.map((k) => JSON.parse(k) as CaseRecord));
        return new Map(keys.map((k) => [k, true]));
      })
      .load(key);
    return record;
  }
}
