import { ArgsType, Field } from '@nestjs/graphql';
import { IdField, PageArgs } from '@renkei/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseStatus } from '../case-status.js';

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;
}

@ArgsType()
export class ChangeCaseStatusArgs {
  @IdField()
  caseId!: string;

  @Field(() => CaseStatus)
  @IsEnum(CaseStatus)
  status!: CaseStatus;

  @Field(() => String, { nullable: true, description: 'Why the case moves on (kept in its history).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
