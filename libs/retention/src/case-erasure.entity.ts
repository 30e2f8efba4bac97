import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A closed case whose personal content retention has removed. The case row stays (what the
 * municipality reports counts it) with its person identifiers blanked; this mark is what
 * makes the erasure happen once: it is claimed by an INSERT that only one process wins.
 */
@Entity('retention_case_erasures')
@Index('retention_case_erasures_municipality', ['municipalityId', 'erasedAt'])
export class CaseErasureEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'retention_case_erasures_pkey' })
  caseId!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** When the case was closed: what the period counted from. */
  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;

  @Column({ name: 'erased_at', type: 'timestamptz' })
  erasedAt!: Date;
}
