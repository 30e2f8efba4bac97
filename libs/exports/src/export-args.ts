import { ArgsType, IntersectionType } from '@nestjs/graphql';
import { CaseFilterArgs } from '@renkei/cases';
import { IdField } from '@renkei/graphql';
import { SheetFileArgs } from '@renkei/spreadsheets';
import { MyTasksArgs } from '@renkei/tasks';

/** The filters of the cases list (Query.cases), without its paging: the file holds every matching case. */
@ArgsType()
export class CasesFileArgs extends IntersectionType(SheetFileArgs, CaseFilterArgs, ArgsType) {}

/** The filter of マイタスク (Query.myTasks). */
@ArgsType()
export class MyTasksFileArgs extends IntersectionType(SheetFileArgs, MyTasksArgs, ArgsType) {}

/** A list of one case (its 提供記録, its referrals). */
@ArgsType()
export class CaseFileArgs extends SheetFileArgs {
  @IdField()
  caseId!: string;
}
