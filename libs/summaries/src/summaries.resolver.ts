import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { CaseModel } from '@renkei/cases';
import { CaseSummaryModel, CaseSummaryVersionModel } from './case-summary.model.js';
import { UpsertCaseSummaryArgs } from './dto/upsert-case-summary.args.js';
import { SummariesService } from './summaries.service.js';

@Resolver(() => CaseModel)
export class SummariesResolver {
  constructor(private readonly service: SummariesService) {}

  @ThroughTheDoor('Mutation.upsertCaseSummary')
  @Mutation(() => CaseSummaryModel, { description: 'A team member: replaces their agency’s summary of the case with a new version.' })
  @CheckPolicies((ability) => ability.can('writeSummary', 'Case'))
  upsertCaseSummary(@CurrentActor() actor: Actor, @Args() { caseId, sections }: UpsertCaseSummaryArgs): Promise<CaseSummaryModel> {
    return this.service.upsert(actor, caseId, sections);
  }

  @ThroughTheDoor('Case.summaries')
  @ResolveField(() => [CaseSummaryModel], {
    description: 'One summary per contributing agency; sections the caller may not see come back redacted (body null).',
  })
  summaries(@Parent() parent: CaseModel, @CurrentActor() actor: Actor): Promise<CaseSummaryModel[]> {
    // The parent came through the one door: the caller may know of this case.
    return this.service.read(actor, parent.id);
  }

  @ThroughTheDoor('Case.ownSummaryVersions')
  @ResolveField(() => [CaseSummaryVersionModel], {
    description: 'Every version of the caller’s own agency’s summary of the case, newest first (an agency always sees what it wrote itself; nothing of other agencies).',
  })
  ownSummaryVersions(@Parent() parent: CaseModel, @CurrentActor() actor: Actor): Promise<CaseSummaryVersionModel[]> {
    // The parent came through the one door; the rows are the caller's own agency's only.
    return this.service.ownVersions(actor, parent.id);
  }
}
