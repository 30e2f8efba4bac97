import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDateInRange, LocalDateScalar, OptionalIdField, TextField, Trim } from '@renkei/graphql';
import { ConsentMethod, DataCategory } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GoalTerm } from '../plan-enums.js';

/** The longest text of a plan (a wish, the policy, a goal, a role's action). */
export const MAX_PLAN_TEXT = 4000;
export const MAX_GOALS = 20;
export const MAX_ROLES_PER_GOAL = 10;

/** An optional text of the plan: blank or absent means not written (stored as nothing). */
const OptionalPlanText = (description: string): PropertyDecorator =>
  applyDecorators(Field(() => String, { nullable: true, description }), Trim(), IsOptional(), IsString(), MaxLength(MAX_PLAN_TEXT));

@InputType({ description: 'A role (役割分担): what an agency of the municipality does for the goal, and how often.' })
export class PlanRoleInput {
  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @TextField(MAX_PLAN_TEXT, 'What the agency does: data of the goal’s category.')
  action!: string;

  @TextField(100, 'How often (e.g. 週1回訪問).')
  frequency!: string;
}

@InputType({ description: 'A goal (目標) of the plan in one life domain, with its roles.' })
export class PlanGoalInput {
  @Field(() => GoalTerm)
  @IsEnum(GoalTerm)
  term!: GoalTerm;

  @Field(() => DataCategory, { description: 'The life domain: the goal’s text, its roles’ actions and its evaluation note are data of this category.' })
  @IsEnum(DataCategory)
  category!: DataCategory;

  @TextField(MAX_PLAN_TEXT)
  text!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the goal should be reached (YYYY-MM-DD).' })
  @IsOptional()
  @IsString()
  targetDate?: string | null;

  @Field(() => [PlanRoleInput], { description: `Up to ${MAX_ROLES_PER_GOAL}; each becomes a task for its agency when the plan is approved.` })
  @ArrayMaxSize(MAX_ROLES_PER_GOAL)
  @ValidateNested({ each: true })
  @Type(() => PlanRoleInput)
  roles!: PlanRoleInput[];
}

@InputType({ description: 'A whole version of the support plan (支援プラン): what draftPlan creates and updatePlan replaces.' })
export class PlanInput {
  @OptionalPlanText('本人の希望: the person’s wishes in their own words (BASIC).')
  personWishes?: string | null;

  @OptionalPlanText('家族の希望: the family’s wishes, kept apart from the person’s (FAMILY).')
  familyWishes?: string | null;

  @OptionalPlanText('総合的な方針: the overall policy (BASIC).')
  policy?: string | null;

  @Field(() => [PlanGoalInput], { description: `1 to ${MAX_GOALS} goals, in order.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GOALS)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalInput)
  goals!: PlanGoalInput[];

  @Field({ description: 'A referral to 参加支援 is planned.' })
  @IsBoolean()
  participationReferral!: boolean;

  @Field({ description: 'アウトリーチ is planned.' })
  @IsBoolean()
  outreach!: boolean;

  @OptionalIdField('主担当: the agency of the municipality that accompanies the person and evaluates the plan.')
  leadAgencyId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next review (モニタリング), YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  nextReviewOn?: string | null;
}

@InputType({ description: 'The person’s agreement to the plan (本人の同意): how and when it was obtained.' })
export class PlanAgreementInput {
  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method!: ConsentMethod;

  @Field({ description: 'When the person agreed; not in the future.' })
  @IsDateInRange()
  obtainedAt!: Date;
}
