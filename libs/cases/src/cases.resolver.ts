import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { type Connection, Expensive, Loaders, type RequestLoaders } from '@renkei/graphql';
import { CaseConnection, CaseModel, CaseSubjectModel } from './case.model.js';
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

  @ThroughTheDoor('Case.subject')
  @ResolveField(() => CaseSubjectModel, { nullable: true, description: 'Who the person is; null when the record is redacted (recordRedacted).' })
  async subject(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<CaseSubjectModel | null> {
    await this.provide(actor, parent, loaders);
    return parent.subject;
  }

  @ResolveField(() => String, { nullable: true, description: 'What the person told the counter (受付メモ); null when there is none or the record is redacted.' })
  async intakeNote(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    await this.provide(actor, parent, loaders);
    return parent.intakeNote;
  }

  @ResolveField(() => AgencyModel, { description: 'The agency that recorded the case (the counter of an intake, or the coordinating body): whose data the record is.' })
  async recordingAgency(@Parent() parent: CaseModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(parent.recordingAgencyId);
    if (!agency) throw new Error(`Case ${parent.id} names an unknown recording agency`);
    return agency;
  }

  @ResolveField(() => [AgencyModel], { description: 'The agencies on the case team (ケースチーム).' })
  async team(@Parent() parent: CaseModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel[]> {
    const members = await loaders.get('caseTeam', (ids) => this.service.teamsOf(ids)).load(parent.id);
    return (members ?? []).flatMap((member) => (member.agency ? [member.agency] : []));
  }

  // Returning the record is a provision: recorded once per case and basis per operation, for
  // every case of the operation in one batch.
  private async provide(actor: Actor, parent: CaseModel, loaders: RequestLoaders): Promise<void> {
    if (!parent.provision || !parent.subject) return;
    const key = JSON.stringify([parent.id, parent.subject.fullName, parent.provision]);
    await loaders
      .get('caseRecordProvision', async (keys) => {
        await this.service.provide(actor, keys.map(fromProvisionKey));
        return new Map(keys.map((k) => [k, true]));
      })
      .load(key);
  }
}

function fromProvisionKey(key: string): CaseModel {
  const [id, fullName, provision] = JSON.parse(key) as [string, string, CaseModel['provision']];
  return Object.assign(new CaseModel(), { id, subject: { fullName }, provision });
}
