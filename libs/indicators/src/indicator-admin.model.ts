import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorKey } from './indicator-enums.js';

@ObjectType('IndicatorTarget', { description: 'A target (目標値) for one indicator, period and agency.' })
export class IndicatorTargetModel {
  @Field(() => IndicatorKey)
  key!: IndicatorKey;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { nullable: true, description: 'Null: the whole year.' })
  month!: number | null;

  @Field(() => ID, { nullable: true, description: 'Null: the whole municipality.' })
  agencyId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Null: no target (cleared).' })
  value!: number | null;
}

@ObjectType('IndicatorSettings')
export class IndicatorSettingsModel {
  @Field(() => Int, { description: 'Counts from 1 to one below it are suppressed in what leaves the municipality (default 3).' })
  suppressionThreshold!: number;

  @Field(() => [IndicatorKey], { description: 'The rows of the national report (国への報告項目); by default the national set.' })
  nationalReportItems!: IndicatorKey[];
}

@ObjectType('NationalReportRow')
export class NationalReportRowModel {
  @Field(() => IndicatorKey)
  key!: IndicatorKey;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed.' })
  value!: number | null;

  @Field({ description: 'True when the count is below the threshold (and above 0): not shown, so no person can be re-identified.' })
  suppressed!: boolean;
}

@ObjectType('NationalReport', { description: 'The figures the municipality sends up each year (国への報告): they leave it, so small counts are suppressed.' })
export class NationalReportModel {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [NationalReportRowModel])
  rows!: NationalReportRowModel[];
}
