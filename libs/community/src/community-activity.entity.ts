import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CommunityActivityKind } from './community-activity-kind.js';

/**
 * A community-building activity (地域づくり) as the municipality reports it: where, what,
 * how many took part and which bodies (団体) — counts, never residents. Not personal data.
 * The `*_key(s)` columns are the normalised place and bodies the totals count distinct.
 */
@Entity('community_activities')
@Index('community_activities_municipality_held_on', ['municipalityId', 'heldOn'])
export class CommunityActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'community_activities_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'place_key', type: 'text' })
  placeKey!: string;

  @Column({ type: 'enum', enum: CommunityActivityKind, enumName: 'community_activity_kind' })
  kind!: CommunityActivityKind;

  @Column({ name: 'participant_count', type: 'integer' })
  participantCount!: number;

  @Column({ type: 'text', array: true })
  bodies!: string[];

  @Column({ name: 'body_keys', type: 'text', array: true })
  bodyKeys!: string[];

  /** Linked resources of the directory (社会資源), in the order given; all of the municipality. */
  @Column({ name: 'resource_ids', type: 'uuid', array: true })
  resourceIds!: string[];

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  /** Optimistic concurrency: an update names the version it read. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
