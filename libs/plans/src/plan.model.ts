import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { LocalDateScalar } from '@renkei/graphql';
import { ConsentMethod, DataCategory } from '@renkei/kernel';
import { GuardedTextModel } from './guarded-text.model.js';
import { GoalAchievement, GoalTerm, PlanClosureReason, PlanDecision, PlanStatus } from './plan-enums.js';

@ObjectType('PlanRole', { description: 'A role (役割分担): which agency does what for the goal, how often.' })
@HoldsPersonalData()
export class PlanRoleModel {
  @Field(() => ID)
  id!: string;

  // Resolved as `agency` (Agency!).
  agencyId!: string;

  @Field(() => GuardedTextModel, { description: 'What the agency does: the writing agency’s data of the goal’s category.' })
  action!: GuardedTextModel;

  @Field()
  frequency!: string;

  @Field(() => ID, { nullable: true, description: 'The task the role became when the plan was approved.' })
  taskId!: string | null;
}

@ObjectType('PlanGoal', { description: 'A goal (目標) in one life domain, with its roles and, once evaluated, how far it was reached.' })
@HoldsPersonalData()
export class PlanGoalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GoalTerm)
  term!: GoalTerm;

  @Field(() => DataCategory)
  category!: DataCategory;

  @Field(() => LocalDateScalar, { nullable: true })
  targetDate!: string | null;

  @Field(() => GuardedTextModel)
  text!: GuardedTextModel;

  @Field(() => [PlanRoleModel])
  roles!: PlanRoleModel[];

  @Field(() => GoalAchievement, { nullable: true })
  achievement!: GoalAchievement | null;

  @Field(() => GuardedTextModel, { nullable: true, description: 'The evaluation’s note on the goal (評価).' })
  evaluationNote!: GuardedTextModel | null;
}

@ObjectType('PlanAgreement', { description: 'The person’s agreement to the plan (本人の同意): how and when it was obtained.' })
export class PlanAgreementModel {
  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field()
  obtainedAt!: Date;
}

@ObjectType('PlanApproval', { description: '支援決定: the 重層的支援会議 that approved the plan, and when.' })
export class PlanApprovalModel {
  @Field(() => ID)
  conferenceId!: string;

  @Field()
  approvedAt!: Date;
}

@ObjectType('PlanEvaluation', { description: 'The evaluation (評価) and what it decided.' })
@HoldsPersonalData()
export class PlanEvaluationModel {
  @Field()
  evaluatedAt!: Date;

  @Field(() => PlanDecision)
  decision!: PlanDecision;

  @Field(() => PlanClosureReason, { nullable: true })
  closureReason!: PlanClosureReason | null;

  @Field(() => GuardedTextModel, { nullable: true, description: 'Why (終結・中断の理由), BASIC.' })
  reason!: GuardedTextModel | null;

  @Field(() => Int, { nullable: true })
  watchIntervalDays!: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  nextCheckInOn!: string | null;
}

@ObjectType('Plan', {
  description:
    'A version of the case’s support plan (支援プラン). Its texts are the writing agency’s data of their categories: another agency sees each ' +
    'only on a basis, else it is redacted.',
})
@HoldsPersonalData()
export class PlanModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: '第N版: the version of the case’s plan.' })
  number!: number;

  @Field(() => Int, { description: 'Grows by one with every edit of this version (updatePlan’s expectedVersion).' })
  version!: number;

  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => GuardedTextModel, { nullable: true, description: '本人の希望, in the person’s own words.' })
  personWishes!: GuardedTextModel | null;

  @Field(() => GuardedTextModel, { nullable: true, description: '家族の希望.' })
  familyWishes!: GuardedTextModel | null;

  @Field(() => GuardedTextModel, { nullable: true, description: '総合的な方針.' })
  policy!: GuardedTextModel | null;

  @Field(() => [PlanGoalModel])
  goals!: PlanGoalModel[];

  @Field({ description: 'A referral to 参加支援 is planned.' })
  participationReferral!: boolean;

  @Field({ description: 'アウトリーチ is planned.' })
  outreach!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next review (モニタリング).' })
  nextReviewOn!: string | null;

  @Field(() => PlanAgreementModel, { nullable: true })
  agreement!: PlanAgreementModel | null;

  @Field(() => PlanApprovalModel, { nullable: true })
  approval!: PlanApprovalModel | null;

  @Field(() => PlanEvaluationModel, { nullable: true })
  evaluation!: PlanEvaluationModel | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  // Resolved as `agency` (the writing agency) and `leadAgency` (主担当).
  agencyId!: string;
  leadAgencyId!: string | null;
}
