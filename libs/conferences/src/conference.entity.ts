import { AgencyEntity } from '@renkei/agencies';
import { CaseEntity } from '@renkei/cases';
import type { ConferenceEventPayload } from './conference-events.js';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';

export enum ConferenceKind {
  SUPPORT_MEETING = 'SUPPORT_MEETING', // 支援会議 (社会福祉法第106条の6): members may share without consent
  MULTI_AGENCY_MEETING = 'MULTI_AGENCY_MEETING', // 重層的支援会議: sharing follows consent
}

export enum ConferenceStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}

/** A case conference: who meets, about which cases, when; closed to everyone else (非公開). */
@Entity('conferences')
@Index('conferences_by_time', ['municipalityId', 'scheduledAt'])
export class ConferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'enum', enum: ConferenceKind, enumName: 'conference_kind' })
  kind!: ConferenceKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'enum', enum: ConferenceStatus, enumName: 'conference_status' })
  status!: ConferenceStatus;

  /** The convening coordinator (会長 / 事務局). */
  @Column({ name: 'chair_user_id', type: 'uuid' })
  chairUserId!: string;

  /** The chair's agency: a member of the meeting as the chair is (the 支援会議 basis covers what it holds). */
  @Column({ name: 'chair_agency_id', type: 'uuid' })
  chairAgencyId!: string;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => ConferenceParticipantEntity, (p) => p.conference)
  participants?: Relation<ConferenceParticipantEntity>[];

  @OneToMany(() => AgendaItemEntity, (a) => a.conference)
  agenda?: Relation<AgendaItemEntity>[];

  @OneToMany(() => AcknowledgementEntity, (a) => a.conference)
  acknowledgements?: Relation<AcknowledgementEntity>[];
}

/** An agency convened to the conference (構成員). */
@Entity('conference_participants')
export class ConferenceParticipantEntity {
  @PrimaryColumn({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => ConferenceEntity, (c) => c.participants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Relation<ConferenceEntity>;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;
}

/** A case on the agenda, with its minutes (versioned for concurrent writers). */
@Entity('conference_agenda_items')
export class AgendaItemEntity {
  @PrimaryColumn({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ConferenceEntity, (c) => c.agenda, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Relation<ConferenceEntity>;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text', default: '' })
  minutes!: string;

  @Column({ name: 'minutes_version', type: 'int', default: 0 })
  minutesVersion!: number;

  /** The support plan version (支援プラン) put before the meeting on this case, to approve or evaluate. */
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;
}

/** A participant's acknowledgement of the duty of confidentiality (守秘義務) for one meeting. */
@Entity('conference_acknowledgements')
export class AcknowledgementEntity {
  @PrimaryColumn({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => ConferenceEntity, (c) => c.acknowledgements, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Relation<ConferenceEntity>;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt!: Date;
}

/** Presence in the live room: one row per join, closed by leaving. */
@Entity('conference_attendance')
@Index('conference_attendance_conference', ['conferenceId', 'joinedAt'])
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}

/** A decision on an agenda case (決定事項). */
@Entity('conference_decisions')
@Index('conference_decisions_conference', ['conferenceId', 'recordedAt'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  text!: string;

  /** The support plan version the decision approved or evaluated (支援決定), if any. */
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

export enum ActionReviewOutcome {
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
  NO_LONGER_POSSIBLE = 'NO_LONGER_POSSIBLE',
}

/** A conference's review of an action item decided earlier (前回の対応状況の確認). */
@Entity('conference_action_reviews')
export class ActionReviewEntity {
  @PrimaryColumn({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ type: 'enum', enum: ActionReviewOutcome, enumName: 'action_review_outcome' })
  outcome!: ActionReviewOutcome;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid' })
  reviewedByUserId!: string;

  @CreateDateColumn({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt!: Date;
}


/** The live room's outbox: written in the transaction of the change, relayed to the room after commit. */
@Entity('conference_events')
@Index('conference_events_unpublished', ['id'], { where: 'published_at IS NULL' })
export class ConferenceEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @Column({ type: 'jsonb' })
  payload!: ConferenceEventPayload;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

export const CONFERENCE_ENTITY_LIST = [ConferenceEntity, ConferenceParticipantEntity, AgendaItemEntity, AcknowledgementEntity, AttendanceEntity, DecisionEntity, ActionReviewEntity, ConferenceEventEntity];
