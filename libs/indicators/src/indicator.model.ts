import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { LocalDateScalar } from '@renkei/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IndicatorGroupKey, IndicatorKey, IndicatorRecordKind } from './indicator-enums.js';

@InputType({ description: 'A fiscal year (年度, April 1 to March 31, JST), or one month of it.' })
export class IndicatorPeriodInput {
  @Field(() => Int, { description: '2000 to 2100: 年度 N runs from April 1 of N to March 31 of N+1.' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field(() => Int, { nullable: true, description: '1 to 12, the calendar month inside that 年度 (1 = January of N+1); absent: the whole year.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number | null;
}

@ObjectType('IndicatorPeriod')
export class IndicatorPeriodModel {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => LocalDateScalar, { description: 'First day, inclusive (JST).' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, inclusive (JST).' })
  to!: string;
}

@ObjectType('IndicatorCell', { description: 'One cell of a breakdown (内訳): a counter, a need category, a kind, a state.' })
export class IndicatorCellModel {
  @Field({ description: 'The code (an agency id, an enum value): what indicatorRecords takes as `cell`.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('IndicatorMonth')
export class IndicatorMonthModel {
  @Field({ description: 'YYYY-MM (JST).' })
  month!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('Indicator', { description: 'A figure computed from the records for the period, never typed in.' })
export class IndicatorModel {
  @Field(() => IndicatorKey)
  key!: IndicatorKey;

  @Field()
  title!: string;

  @Field({ description: '件, 人, 回, 日, か所, 団体.' })
  unit!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'The target (目標値) set for exactly this period and agency; null when none is set.' })
  target!: number | null;

  @Field(() => [IndicatorCellModel], { description: 'Empty for an indicator without a breakdown.' })
  breakdown!: IndicatorCellModel[];

  @Field(() => [IndicatorMonthModel], { description: 'Every month of the period, in order, zero included.' })
  byMonth!: IndicatorMonthModel[];

  @Field({ description: 'True when the reader may open the records behind the figure (indicatorRecords).' })
  drillDown!: boolean;
}

@ObjectType('IndicatorGroup')
export class IndicatorGroupModel {
  @Field(() => IndicatorGroupKey)
  key!: IndicatorGroupKey;

  @Field()
  title!: string;

  @Field(() => [IndicatorModel])
  indicators!: IndicatorModel[];
}

@ObjectType('IndicatorReport')
export class IndicatorReportModel {
  @Field(() => IndicatorPeriodModel)
  period!: IndicatorPeriodModel;

  @Field(() => ID, { nullable: true, description: 'The agency the figures are for; null: the whole municipality. Figures that belong to no agency (conferences, 地域づくり) are left out for one agency.' })
  agencyId!: string | null;

  @Field(() => [IndicatorGroupModel])
  groups!: IndicatorGroupModel[];
}

// A case's title is the recording agency's: the label comes through the case door.
@HoldsPersonalData()
@ObjectType('IndicatorRecord', { description: 'A record behind a figure, as its reader may see it: never a name the reader may not see.' })
export class IndicatorRecordModel {
  @Field(() => IndicatorRecordKind)
  kind!: IndicatorRecordKind;

  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => LocalDateScalar, { description: 'The day (JST) it counts on in the figure.' })
  on!: string;
}
