import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor } from '@renkei/access';
import { AgencyModel } from '@renkei/agencies';
import { type Connection, Expensive, Loaders, type RequestLoaders } from '@renkei/graphql';
import { CaseConnection, CaseModel } from './case.model.js';
import { CasesService } from './cases.service.js';
import { CasesArgs, ChangeCaseStatusArgs } from './dto/cases.args.js';
import { OpenCaseInput, RegisterIntakeInput } from './dto/open-case.input.js';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Mutation(() => CaseModel, { description: 'COORDINATOR: opens a case; the coordinator’s agency joins its team.' })
  @CheckPolicies((ability) => ability.can('create', 'Case'))
  openCase(@CurrentActor() actor: Actor, @Args('input') input: OpenCaseInput): Promise<CaseModel> {
    return this.service.open(actor, input);
  }

  @Mutation(() => CaseModel, { description: 'Any counter (断らない相談支援): takes a person in; the coordinator sees the case in INTAKE.' })
  @CheckPolicies((ability) => ability.can('registerIntake', 'Case'))
  registerIntake(@CurrentActor() actor: Actor, @Args('input') input: RegisterIntakeInput): Promise<CaseModel> {
    return this.service.registerIntake(actor, input);
  }

  @Mutation(() => CaseModel, { description: 'COORDINATOR: adds an agency of the municipality to the case team.' })
  @CheckPolicies((ability) => ability.can('manageTeam', 'Case'))
  addCaseTeamMember(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<CaseModel> {
    return this.service.addTeamMember(actor, caseId, agencyId);
  }

  @Mutation(() => CaseModel, { description: 'COORDINATOR: removes an agency from the case team; it loses sight of the case at once.' })
  @CheckPolicies((ability) => ability.can('manageTeam', 'Case'))
  removeCaseTeamMember(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<CaseModel> {
    return this.service.removeTeamMember(actor, caseId, agencyId);
  }

  @Mutation(() => CaseModel, { description: 'COORDINATOR: moves the case along its life cycle (illegal steps → CONFLICT).' })
  @CheckPolicies((ability) => ability.can('changeStatus', 'Case'))
  changeCaseStatus(@CurrentActor() actor: Actor, @Args() { caseId, status, note }: ChangeCaseStatusArgs): Promise<CaseModel> {
    return this.service.changeStatus(actor, caseId, status, note ?? null);
  }

  @Expensive()
  @Query(() => CaseModel, { nullable: true, description: 'A case the caller may see; NOT_FOUND otherwise, exactly as for one that does not exist.' })
  case(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CaseModel> {
    return this.service.get(actor, id);
  }

  @Expensive()
  @Query(() => CaseConnection, { description: 'The cases the caller may see, newest first.' })
  cases(@CurrentActor() actor: Actor, @Args() args: CasesArgs): Promise<Connection<CaseModel>> {
    return this.service.list(actor, args);
  }

  @ResolveField(() => [AgencyModel], { description: 'The agencies on the case team (ケースチーム).' })
  async team(@Parent() parent: CaseModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel[]> {
    const members = await loaders.get('caseTeam', (ids) => this.service.teamsOf(ids)).load(parent.id);
    return (members ?? []).flatMap((member) => (member.agency ? [member.agency] : []));
  }
}
