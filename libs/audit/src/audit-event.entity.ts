import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of a municipality's audit trail. Append-only (a trigger refuses UPDATE, DELETE
 * and TRUNCATE) and hash-chained: `hash` covers the entry's canonical content and the
 * previous entry's hash, so any edit, deletion or reordering shows in verification.
 * No foreign keys: the trail must outlive and never block changes to what it records.
 *
 * Writers append entries to an inbox (`audit_appends`, see {@link AuditTrail}) so that they
 * never wait for one another; the {@link AuditSequencer} moves them here, linked. An entry is
 * inserted once, in its place, and never changes.
 */
@Entity('audit_events')
// One entry per place in a municipality's chain.
@Index('audit_events_chain', ['municipalityId', 'sequence'], { unique: true })
// The day's first record of each provision: what the sequencer looks a repeat up in.
@Index('audit_events_provision_firsts', ['municipalityId', 'provisionKey'], { where: 'provision_key IS NOT NULL AND repeat_of IS NULL' })
export class AuditEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** Position in the municipality's chain, from 1, without gaps. */
  @Column({ name: 'sequence', type: 'bigint' })
  sequence!: string;

  @Index('audit_events_occurred_at')
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Index('audit_events_actor')
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid', nullable: true })
  actorAgencyId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Index('audit_events_case')
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The person the data is about, as named when it was provided (提供記録). */
  @Column({ name: 'subject_name', type: 'varchar', length: 200, nullable: true })
  subjectName!: string | null;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true, default: '{}' })
  categories!: DataCategory[];

  @Column({ type: 'enum', enum: VisibilityBasis, enumName: 'visibility_basis', nullable: true })
  basis!: VisibilityBasis | null;

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId!: string | null;

  @Column({ name: 'conference_id', type: 'uuid', nullable: true })
  conferenceId!: string | null;

  /** The emergency access declaration (緊急時の閲覧) a BREAK_GLASS provision rests on. */
  @Column({ name: 'emergency_access_id', type: 'uuid', nullable: true })
  emergencyAccessId!: string | null;

  @Column({ name: 'provider_agency_id', type: 'uuid', nullable: true })
  providerAgencyId!: string | null;

  @Column({ name: 'recipient_agency_id', type: 'uuid', nullable: true })
  recipientAgencyId!: string | null;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  /** For a provision: what makes repeats of it the same (items, parties, basis, day). */
  @Column({ name: 'provision_key', type: 'char', length: 64, nullable: true })
  provisionKey!: string | null;

  /**
   * Entries linked before repeats were combined: a repeat of the day's provision record. A
   * read's repeats are now one entry naming the records (`details.repeated`).
   */
  @Column({ name: 'repeat_of', type: 'uuid', nullable: true })
  repeatOf!: string | null;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
