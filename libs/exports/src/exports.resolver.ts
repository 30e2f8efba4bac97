import { Args, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, PersonalDataFile, ThroughTheDoor, type Actor } from '@renkei/access';
import { Expensive } from '@renkei/graphql';
import { CaseFileArgs, CasesFileArgs, MyTasksFileArgs } from './export-args.js';
import { ExportsService } from './exports.service.js';

// Each file carries a person's data read through the one door of the list it saves (the
// services below), registered with the door like the list itself. A file costs the caller's
// allowance a little more than its list's page.
@Resolver()
export class ExportsResolver {
  constructor(private readonly exports: ExportsService) {}

  @ThroughTheDoor('Query.casesFile')
  @Expensive(5)
  @Query(() => PersonalDataFile, {
    description: 'ケース一覧 as a file: every case Query.cases lists with the same filters (at most 10,000; BAD_USER_INPUT beyond), names only where the record may be seen. Audited (export.created).',
  })
  casesFile(@CurrentActor() actor: Actor, @Args() args: CasesFileArgs): Promise<PersonalDataFile> {
    return this.exports.casesFile(actor, args);
  }

  @ThroughTheDoor('Query.myTasksFile')
  @Expensive(2)
  @Query(() => PersonalDataFile, { description: 'マイタスク as a file: the tasks Query.myTasks lists. Audited (export.created).' })
  myTasksFile(@CurrentActor() actor: Actor, @Args() args: MyTasksFileArgs): Promise<PersonalDataFile> {
    return this.exports.myTasksFile(actor, args);
  }

  @ThroughTheDoor('Query.provisionRecordsFile')
  @Expensive(2)
  @CheckPolicies((ability) => ability.can('read', 'AuditTrail'))
  @Query(() => PersonalDataFile, { description: 'AUDITOR, ADMIN: the case’s 提供記録 as a file, as Query.provisionRecords lists them. Audited (export.created).' })
  provisionRecordsFile(@CurrentActor() actor: Actor, @Args() args: CaseFileArgs): Promise<PersonalDataFile> {
    return this.exports.provisionRecordsFile(actor, args);
  }

  @ThroughTheDoor('Query.referralsFile')
  @Expensive(2)
  @Query(() => PersonalDataFile, { description: 'The case’s referrals (参加支援のつなぎ) as a file, as Case.referrals lists them: NOT_FOUND for a case the caller may not know of. Audited (export.created).' })
  referralsFile(@CurrentActor() actor: Actor, @Args() args: CaseFileArgs): Promise<PersonalDataFile> {
    return this.exports.referralsFile(actor, args);
  }
}
