import { AgencyEntity } from '@renkei/agencies';
import { CaseScopedEntity } from '@renkei/cases';
import { ConsentMethod, DataCategory } from '@renkei/kernel';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { GuardedTextColumns } from './guarded-text.entity.js';
import { GoalAchievement, GoalTerm, PlanClosureReason, PlanDecision, PlanStatus } from './plan-enums.js';

/**
 * One version of a case's support plan (支援プラン). A new version never overwrites an
 * approved one: `number` counts the versions of the case, `version` counts the edits of
 * this one (expectedVersion). Its texts (wishes, policy, goal and role texts, evaluation
 * notes) are in `plan_texts`, written and read through GuardedTexts only.
 */
@Entity('plans')
@Unique('plans_number_per_case', ['caseId', 'number'])
// At most one version in the making per case: a second draft is refused even when two race.
@Index('plans_one_open_per_case', ['caseId'], { unique: true, where: `status IN ('DRAFT', 'PROPOSED')` })
export class PlanEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** 第N版: 1, 2, … per case. */
  @Column({ type: 'int' })
  number!: number;

  /** The edit counter compared by updatePlan's expectedVersion. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status' })
  status!: PlanStatus;

  /** The writing agency (the coordinator's): whose data the plan's texts are. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId!: string;

  /** 主担当: accompanies the person once the coordinator steps back, and evaluates the plan. */
  @Column({ name: 'lead_agency_id', type: 'uuid', nullable: true })
  leadAgencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id' })
  leadAgency?: Relation<AgencyEntity>;

  /** The next review (モニタリング): a calendar date, YYYY-MM-DD. */
  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn!: string | null;

  /** A referral to 参加支援 is planned. */
  @Column({ name: 'participation_referral', type: 'boolean' })
  participationReferral!: boolean;

  /** アウトリーチ is planned. */
  @Column({ type: 'boolean' })
  outreach!: boolean;

  /** The person's agreement to the plan (本人の同意): how it was obtained… */
  @Column({ name: 'agreement_method', type: 'enum', enum: ConsentMethod, enumName: 'consent_method', nullable: true })
  agreementMethod!: ConsentMethod | null;

  /** …and when. Without it the plan cannot be approved. */
  @Column({ name: 'agreement_obtained_at', type: 'timestamptz', nullable: true })
  agreementObtainedAt!: Date | null;

  /** The 重層的支援会議 the plan was last put on (to approve or to evaluate). */
  @Column({ name: 'proposed_conference_id', type: 'uuid', nullable: true })
  proposedConferenceId!: string | null;

  /** 支援決定: the meeting that approved it, by whom, when, and its decision. */
  @Column({ name: 'approved_conference_id', type: 'uuid', nullable: true })
  approvedConferenceId!: string | null;

  @Column({ name: 'approved_by_user_id', type: 'uuid', nullable: true })
  approvedByUserId!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  /** The evaluation (評価): when, by whom, what it decided. */
  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt!: Date | null;

  @Column({ name: 'evaluated_by_user_id', type: 'uuid', nullable: true })
  evaluatedByUserId!: string | null;

  @Column({ name: 'evaluation_decision', type: 'enum', enum: PlanDecision, enumName: 'plan_decision', nullable: true })
  evaluationDecision!: PlanDecision | null;

  @Column({ name: 'closure_reason', type: 'enum', enum: PlanClosureReason, enumName: 'plan_closure_reason', nullable: true })
  closureReason!: PlanClosureReason | null;

  /** 見守り: how often someone checks in, and when next. */
  @Column({ name: 'watch_interval_days', type: 'int', nullable: true })
  watchIntervalDays!: number | null;

  @Column({ name: 'next_check_in_on', type: 'date', nullable: true })
  nextCheckInOn!: string | null;

  @OneToMany(() => PlanGoalEntity, (goal) => goal.plan)
  goals?: Relation<PlanGoalEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A goal of the plan (目標), long- or short-term, in one life domain. */
@Entity('plan_goals')
@Unique('plan_goals_position', ['planId', 'position'])
export class PlanGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, (plan) => plan.goals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'enum', enum: GoalTerm, enumName: 'goal_term' })
  term!: GoalTerm;

  /** The life domain; the goal's text, its roles' texts and its evaluation note are data of this category. */
  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category' })
  category!: DataCategory;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'enum', enum: GoalAchievement, enumName: 'goal_achievement', nullable: true })
  achievement!: GoalAchievement | null;

  @OneToMany(() => PlanRoleEntity, (role) => role.goal)
  roles?: Relation<PlanRoleEntity>[];
}

/** A role (役割分担): which agency does what for a goal, how often; a task for that agency once approved. */
@Entity('plan_roles')
@Index('plan_roles_plan', ['planId'])
@Unique('plan_roles_position', ['goalId', 'position'])
export class PlanRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => PlanGoalEntity, (goal) => goal.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<PlanGoalEntity>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  /** How often (e.g. 週1回); not personal data. */
  @Column({ type: 'varchar', length: 100 })
  frequency!: string;
}

/**
 * A text of a plan (wishes, policy, `goal:<id>`, `role:<id>`, `evaluation:<id>`,
 * `decisionReason`) with its data category. Mapped so the schema holds it; read and written
 * only through GuardedTexts, which decides its visibility in SQL.
 */
@Entity('plan_texts')
export class PlanTextEntity extends GuardedTextColumns {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  /** The agency that wrote this text when not the plan's (its evaluation by the lead agency): whose data it is. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;
}
