import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { RetentionKind } from '../retention-kind.js';
import { MAX_RETENTION_DAYS, MIN_ACCESS_LOG_DAYS, MIN_RETENTION_DAYS } from '../retention-period.js';

@ArgsType()
export class SetRetentionPeriodArgs {
  @Field(() => RetentionKind)
  @IsEnum(RetentionKind)
  kind!: RetentionKind;

  @Field(() => Int, { nullable: true, description: `Whole days, ${MIN_RETENTION_DAYS} (ACCESS_LOGS: ${MIN_ACCESS_LOG_DAYS}) to ${MAX_RETENTION_DAYS}; null: keep the data.` })
  @IsOptional()
  @IsInt()
  @Min(MIN_RETENTION_DAYS)
  @Max(MAX_RETENTION_DAYS)
  days!: number | null;
}
