import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where a municipality's trail was cut by its retention period: the entries up to
 * `throughSequence` were removed, and the first remaining entry links to `throughHash`.
 * Verification starts here instead of the genesis. Append-only (the trail's trigger), and
 * attested by the `retention.applied` entry written after it in the same transaction.
 */
@Entity('audit_checkpoints')
export class AuditCheckpointEntity {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'audit_checkpoints_pkey' })
  municipalityId!: string;

  @PrimaryColumn({ name: 'through_sequence', type: 'bigint', primaryKeyConstraintName: 'audit_checkpoints_pkey' })
  throughSequence!: string;

  @Column({ name: 'through_hash', type: 'char', length: 64 })
  throughHash!: string;

  @Column({ name: 'pruned_count', type: 'integer' })
  prunedCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
