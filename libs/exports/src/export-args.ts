import { ArgsType, Field, IntersectionType } from '@nestjs/graphql';
import { CaseFilterArgs } from '@renkei/cases';
import { IdField } from '@renkei/graphql';
import { CsvEncoding, SpreadsheetFormat } from '@renkei/spreadsheets';
import { MyTasksArgs } from '@renkei/tasks';
import { IsEnum, IsOptional } from 'class-validator';

/** The file a list is saved as; the encoding applies to CSV only. */
@ArgsType()
export class FileFormatArgs {
  @Field(() => SpreadsheetFormat)
  @IsEnum(SpreadsheetFormat)
  format!: SpreadsheetFormat;

  @Field(() => CsvEncoding, { nullable: true, description: 'CSV only: UTF8 (with a BOM, the default) or SHIFT_JIS; ignored for XLSX.' })
  @IsOptional()
  @IsEnum(CsvEncoding)
  encoding?: CsvEncoding | null;
}

/** The filters of the cases list (Query.cases), without its paging: the file holds every matching case. */
@ArgsType()
export class CasesFileArgs extends IntersectionType(FileFormatArgs, CaseFilterArgs, ArgsType) {}

/** The filter of マイタスク (Query.myTasks). */
@ArgsType()
export class MyTasksFileArgs extends IntersectionType(FileFormatArgs, MyTasksArgs, ArgsType) {}

/** A list of one case (its 提供記録, its referrals). */
@ArgsType()
export class CaseFileArgs extends FileFormatArgs {
  @IdField()
  caseId!: string;
}
