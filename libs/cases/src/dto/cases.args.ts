import { ArgsType, Field, IntersectionType } from '@nestjs/graphql';
import { IdField, PageArgs, Trim } from '@renkei/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseStatus } from '../case-status.js';

/** What the cases list is filtered by: the list's page, and its saving as a file, take the same. */
@ArgsType()
export class CaseFilterArgs {
  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The person’s name or kana (up to 100 characters; width, katakana/hiragana and spaces ignored). Matches only cases whose record the caller may see.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class CasesArgs extends IntersectionType(PageArgs, CaseFilterArgs, ArgsType) {}

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
