import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HostSupportKind } from './host-support-kind.js';

/**
 * A note of support given to a host site (受入先への支援): about the host, never about a
 * person. A note that needs follow-up stays open until someone marks it dealt with.
 */
@Entity('host_support_notes')
@Index('host_support_notes_resource', ['resourceId', 'supportedOn'])
@Index('host_support_notes_open', ['municipalityId', 'resourceId'], { where: 'needs_follow_up AND resolved_at IS NULL' })
export class HostSupportNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'host_support_notes_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @Column({ type: 'enum', enum: HostSupportKind, enumName: 'host_support_kind' })
  kind!: HostSupportKind;

  @Column({ name: 'supported_on', type: 'date' })
  supportedOn!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'needs_follow_up', type: 'boolean' })
  needsFollowUp!: boolean;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_user_id', type: 'uuid', nullable: true })
  resolvedByUserId!: string | null;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
