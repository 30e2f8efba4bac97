import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@renkei/graphql';
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
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
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
