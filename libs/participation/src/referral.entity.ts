import { CaseScopedEntity } from '@renkei/cases';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ReferralEndReason, ReferralStatus } from './referral-enums.js';

/**
 * A referral of the person of a case to a local resource (参加支援のつなぎ). Its content
 * (resource, note, what the host may know) is the referring agency's data of category
 * PARTICIPATION about the case; the follow-ups are tasks of the referring user.
 */
@Entity('referrals')
@Index('referrals_case', ['caseId', 'createdAt'])
@Index('referrals_resource_status', ['resourceId', 'status'])
export class ReferralEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'referrals_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** The referring agency: the provider of the content. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'referred_by_user_id', type: 'uuid' })
  referredByUserId!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status' })
  status!: ReferralStatus;

  @Column({ name: 'end_reason', type: 'enum', enum: ReferralEndReason, enumName: 'referral_end_reason', nullable: true })
  endReason!: ReferralEndReason | null;

  @Column({ type: 'text' })
  note!: string;

  /** What the person agreed the host may know; null while nothing was agreed. */
  @Column({ name: 'shared_with_host', type: 'text', nullable: true })
  sharedWithHost!: string | null;

  @Column({ name: 'follow_up_at', type: 'timestamptz', nullable: true })
  followUpAt!: Date | null;

  @Column({ name: 'host_follow_up_at', type: 'timestamptz', nullable: true })
  hostFollowUpAt!: Date | null;

  /** The task of the latest person follow-up (completed when a new date replaces it). */
  @Column({ name: 'follow_up_task_id', type: 'uuid', nullable: true })
  followUpTaskId!: string | null;

  @Column({ name: 'host_follow_up_task_id', type: 'uuid', nullable: true })
  hostFollowUpTaskId!: string | null;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ name: 'plan_role_id', type: 'uuid', nullable: true })
  planRoleId!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** Optimistic concurrency: an update names the version it read. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One step of a referral's history, oldest first by id; the first is PROPOSED. */
@Entity('referral_steps')
@Index('referral_steps_referral', ['referralId', 'id'])
export class ReferralStepEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'referral_steps_pkey' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<ReferralEntity>;

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status' })
  status!: ReferralStatus;

  @Column({ name: 'end_reason', type: 'enum', enum: ReferralEndReason, enumName: 'referral_end_reason', nullable: true })
  endReason!: ReferralEndReason | null;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
