import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalIdField, Trim } from '@renkei/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GoalAchievement, PlanClosureReason, PlanDecision } from '../plan-enums.js';
import { MAX_GOALS, MAX_PLAN_TEXT } from './plan.input.js';

/** 見守り: how often someone checks in, in days. */
export const WATCH_INTERVAL_DAYS = { min: 7, max: 365 } as const;

const OptionalEvaluationText = (description: string): PropertyDecorator =>
  applyDecorators(Field(() => String, { nullable: true, description }), Trim(), IsOptional(), IsString(), MaxLength(MAX_PLAN_TEXT));

@InputType({ description: 'The evaluation (評価) of one goal.' })
export class GoalEvaluationInput {
  @Field(() => ID)
  @IsUUID()
  goalId!: string;

  @Field(() => GoalAchievement)
  @IsEnum(GoalAchievement)
  achievement!: GoalAchievement;

  @OptionalEvaluationText('What was found (評価メモ): data of the goal’s category.')
  note?: string | null;
}

@InputType({ description: 'The evaluation of a plan: each goal once, then one decision (継続 / 終結 / 中断 / 見守り).' })
export class PlanEvaluationInput {
  @Field(() => [GoalEvaluationInput], { description: 'Every goal of the plan, exactly once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GOALS)
  @ValidateNested({ each: true })
  @Type(() => GoalEvaluationInput)
  goals!: GoalEvaluationInput[];

  @Field(() => PlanDecision)
  @IsEnum(PlanDecision)
  decision!: PlanDecision;

  @OptionalEvaluationText('Why (BASIC): needed to suspend, and to close for OTHER.')
  reason?: string | null;

  @Field(() => PlanClosureReason, { nullable: true, description: 'Needed to close (終結理由).' })
  @IsOptional()
  @IsEnum(PlanClosureReason)
  closureReason?: PlanClosureReason | null;

  @Field(() => Int, { nullable: true, description: `Needed to watch (見守り): days between check-ins, ${WATCH_INTERVAL_DAYS.min}–${WATCH_INTERVAL_DAYS.max}.` })
  @IsOptional()
  @IsInt()
  @Min(WATCH_INTERVAL_DAYS.min)
  @Max(WATCH_INTERVAL_DAYS.max)
  watchIntervalDays?: number | null;

  @OptionalIdField('A 重層的支援会議 whose decision this is too: the caller must chair it, with the case on its agenda.')
  conferenceId?: string | null;
}
