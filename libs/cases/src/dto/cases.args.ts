import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { MAX_PAGE_SIZE } from '@renkei/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CaseStatus } from '../case-status.js';

@ArgsType()
export class CasesArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

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
