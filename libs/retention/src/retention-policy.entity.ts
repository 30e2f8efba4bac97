import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RetentionKind } from './retention-kind.js';

/** A municipality's retention period for one kind of data; no row means the data is kept. */
@Entity('retention_policies')
export class RetentionPolicyEntity {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'retention_policies_pkey' })
  municipalityId!: string;

  @PrimaryColumn({ type: 'enum', enum: RetentionKind, enumName: 'retention_kind', primaryKeyConstraintName: 'retention_policies_pkey' })
  kind!: RetentionKind;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ name: 'updated_by_user_id', type: 'uuid' })
  updatedByUserId!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
