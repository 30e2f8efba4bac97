import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, readScopeKey, type Actor, ThroughTheDoor } from '@renkei/access';
import { AgenciesService, AgencyModel } from '@renkei/agencies';
import { CaseModel } from '@renkei/cases';
import { Loaders, type RequestLoaders } from '@renkei/graphql';
import { AssessmentModel } from './assessment.model.js';
import { AssessmentsService } from './assessments.service.js';
import { AssessmentInput } from './dto/assessment.input.js';

@Resolver(() => CaseModel)
export class AssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @ThroughTheDoor('Mutation.saveAssessment')
  @Mutation(() => AssessmentModel, { description: 'COORDINATOR: saves the next version of the case’s assessment (アセスメント); earlier versions are kept.' })
  saveAssessment(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string, @Args('input') input: AssessmentInput): Promise<AssessmentModel> {
    return this.service.save(actor, caseId, input);
  }

  @ThroughTheDoor('Case.assessment')
  @ResolveField(() => AssessmentModel, { nullable: true, description: 'The newest version of the assessment; null before the first. Texts the caller may not see come back redacted.' })
  async assessment(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<AssessmentModel | null> {
    // The parent came through the one door, in the scope it was loaded for (a conference's, or
    // coordination); the operation's cases read in that scope are read in one batch.
    const { scope } = parent;
    return loaders.get(`caseAssessment:${readScopeKey(scope)}`, (ids) => this.service.newestOfCases(actor, ids, scope)).load(parent.id);
  }

  @ThroughTheDoor('Case.assessments')
  @ResolveField(() => [AssessmentModel], { description: 'Every version of the assessment, newest first. Texts the caller may not see come back redacted.' })
  async assessments(@Parent() parent: CaseModel, @CurrentActor() actor: Actor, @Loaders() loaders: RequestLoaders): Promise<AssessmentModel[]> {
    const { scope } = parent;
    return (await loaders.get(`caseAssessments:${readScopeKey(scope)}`, (ids) => this.service.allOfCases(actor, ids, scope)).load(parent.id)) ?? [];
  }
}

/** The writing agency of an assessment, batched per operation. */
@Resolver(() => AssessmentModel)
export class AssessmentFieldsResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => AgencyModel, { description: 'The writing agency: whose data the texts are.' })
  async agency(@Parent() assessment: AssessmentModel, @Loaders() loaders: RequestLoaders): Promise<AgencyModel> {
    const agency = await loaders.get('agency', (ids) => this.agencies.byIds(ids)).load(assessment.agencyId);
    if (!agency) throw new Error(`Assessment ${assessment.id} names an unknown agency`);
    return agency;
  }
}
