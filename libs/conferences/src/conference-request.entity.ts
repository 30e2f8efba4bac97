import { AgencyEntity } from '@renkei/agencies';
import { DataCategory } from '@renkei/kernel';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ConferenceEntity } from './conference.entity.js';
import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';

/**
 * The chair's request to an agency (支援会議 要綱: 出席の依頼・情報提供の依頼), answered once by
 * a user of that agency. An accepted information request shares `sharedCategories` of the
 * agency's data on `caseId` into the meeting (the 支援会議 basis, support-meeting-facts.sql.ts).
 */
@Entity('conference_requests')
@Index('conference_requests_by_agency', ['agencyId', 'requestedAt'])
@Index('conference_requests_by_conference', ['conferenceId', 'requestedAt'])
export class ConferenceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'conference_id', type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => ConferenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id' })
  conference?: Relation<ConferenceEntity>;

  @Column({ type: 'enum', enum: ConferenceRequestKind, enumName: 'conference_request_kind' })
  kind!: ConferenceRequestKind;

  /** The addressed agency. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  /** INFORMATION: the agenda case the information is about. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  categories!: DataCategory[];

  @Column({ name: 'shared_categories', type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  sharedCategories!: DataCategory[];

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'enum', enum: ConferenceRequestStatus, enumName: 'conference_request_status' })
  status!: ConferenceRequestStatus;

  /** Why the agency declined. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'requested_by_user_id', type: 'uuid' })
  requestedByUserId!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'answered_by_user_id', type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}

/**
 * The requests' outbox: written in the transaction of a request or answer, relayed to the
 * municipality's request topic after commit; addressed to the agency and the chair.
 */
@Entity('conference_request_events')
@Index('conference_request_events_unpublished', ['id'], { where: 'published_at IS NULL' })
export class ConferenceRequestEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'chair_user_id', type: 'uuid' })
  chairUserId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

export const CONFERENCE_REQUEST_ENTITIES = [ConferenceRequestEntity, ConferenceRequestEventEntity];
