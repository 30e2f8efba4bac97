import { CaseScopedEntity } from '@renkei/cases';
import { DataCategory } from '@renkei/kernel';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EmergencyLegalGround, EmergencyReviewVerdict } from './emergency-enums.js';

/**
 * One emergency access declaration (緊急時の閲覧): a user's declared, time-limited basis to
 * read the named categories of one case, and the personal-information officer's review of
 * it afterwards. Never deleted: the declarations are the record the review works from.
 */
@Entity('emergency_accesses')
@Index('emergency_accesses_case', ['caseId', 'declaredAt'])
@Index('emergency_accesses_declarer', ['declaredByUserId', 'declaredAt'])
@Index('emergency_accesses_municipality', ['municipalityId', 'declaredAt'])
export class EmergencyAccessEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'emergency_accesses_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  categories!: DataCategory[];

  @Column({ name: 'legal_ground', type: 'enum', enum: EmergencyLegalGround, enumName: 'emergency_legal_ground' })
  legalGround!: EmergencyLegalGround;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'declared_by_user_id', type: 'uuid' })
  declaredByUserId!: string;

  @Column({ name: 'declared_by_agency_id', type: 'uuid' })
  declaredByAgencyId!: string;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;

  /** When the period the municipality configured runs out. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** By when the review is due; unreviewed after it, the declaration is overdue. */
  @Column({ name: 'review_due_at', type: 'timestamptz' })
  reviewDueAt!: Date;

  /** Ended early (by the declarer or the officer); null while it runs or once it expired. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'ended_by_user_id', type: 'uuid', nullable: true })
  endedByUserId!: string | null;

  @Column({ name: 'review_verdict', type: 'enum', enum: EmergencyReviewVerdict, enumName: 'emergency_review_verdict', nullable: true })
  reviewVerdict!: EmergencyReviewVerdict | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}

/** The outbox of emergency access events: written in the transaction of the change, relayed after commit. */
@Entity('emergency_access_events')
@Index('emergency_access_events_unpublished', ['id'], { where: 'published_at IS NULL' })
export class EmergencyAccessEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'emergency_access_events_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
