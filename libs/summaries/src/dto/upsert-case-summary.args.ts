import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IdField } from '@renkei/graphql';
import { DataCategory } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsString, Length, ValidateNested } from 'class-validator';

export const MAX_SECTION_LENGTH = 20_000;

@InputType()
export class SummarySectionInput {
  @Field(() => DataCategory)
  @IsEnum(DataCategory)
  category!: DataCategory;

  @Field()
  @IsString()
  @Length(1, MAX_SECTION_LENGTH)
  body!: string;
}

@ArgsType()
export class UpsertCaseSummaryArgs {
  @IdField()
  caseId!: string;

  @Field(() => [SummarySectionInput], { description: 'The whole summary: it replaces the current version (earlier ones are kept).' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => SummarySectionInput)
  sections!: SummarySectionInput[];
}
