import { ArgsType, Field, Float, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { OptionalIdField } from '@renkei/graphql';
import { SheetFileArgs } from '@renkei/spreadsheets';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IndicatorKey } from '../indicator-enums.js';
import { IndicatorPeriodInput } from '../indicator.model.js';

@ArgsType()
export class IndicatorReportArgs {
  @Field(() => IndicatorPeriodInput)
  @ValidateNested()
  @Type(() => IndicatorPeriodInput)
  period!: IndicatorPeriodInput;

  @OptionalIdField('One agency of the municipality; absent: the whole municipality.')
  agencyId?: string | null;
}

@ArgsType()
export class IndicatorRecordsArgs extends IndicatorReportArgs {
  @Field(() => IndicatorKey)
  @IsEnum(IndicatorKey)
  key!: IndicatorKey;

  @Field(() => String, { nullable: true, description: 'A breakdown cell’s key (IndicatorCell.key); absent: every record behind the figure.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cell?: string | null;
}

@ArgsType()
export class IndicatorReportFileArgs extends IntersectionType(IndicatorReportArgs, SheetFileArgs, ArgsType) {
  @Field(() => Boolean, { nullable: true, description: 'For a file that leaves the municipality (外部提出用): small counts suppressed. Default false.' })
  @IsOptional()
  @IsBoolean()
  forExternal?: boolean | null;
}

@ArgsType()
export class NationalReportArgs {
  @Field(() => Int, { description: '2000 to 2100.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}

@ArgsType()
export class NationalReportFileArgs extends IntersectionType(NationalReportArgs, SheetFileArgs, ArgsType) {}

@InputType({ description: 'A target (目標値) for one indicator, period and agency; value null clears it.' })
export class SetIndicatorTargetInput {
  @Field(() => IndicatorKey)
  @IsEnum(IndicatorKey)
  key!: IndicatorKey;

  @Field(() => Int, { description: '2000 to 2100.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field(() => Int, { nullable: true, description: '1 to 12 inside that 年度; absent: the whole year.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number | null;

  @OptionalIdField('One agency of the municipality; absent: the whole municipality.')
  agencyId?: string | null;

  @Field(() => Float, { nullable: true, description: '0 to 1000000; null clears the target.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  value?: number | null;
}

@InputType({ description: 'The fields given are changed; those absent are kept.' })
export class UpdateIndicatorSettingsInput {
  @Field(() => Int, { nullable: true, description: '2 to 100: counts from 1 to one below it are suppressed in what leaves the municipality.' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(100)
  suppressionThreshold?: number | null;

  @Field(() => [IndicatorKey], { nullable: true, description: 'The rows of the national report, distinct; reported in the catalogue’s order.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsEnum(IndicatorKey, { each: true })
  nationalReportItems?: IndicatorKey[] | null;
}
