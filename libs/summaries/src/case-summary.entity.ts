import { AgencyEntity } from '@renkei/agencies';
import { CaseScopedEntity } from '@renkei/cases';
import { DataCategory } from '@renkei/kernel';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';

/** An agency's own summary of a case (one per agency per case); its sections are its current text. */
@Entity('case_summaries')
@Unique('case_summaries_one_per_agency', ['caseId', 'agencyId'])
export class CaseSummaryEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('case_summaries_agency')
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by_user_id', type: 'uuid' })
  updatedByUserId!: string;
}

/** One section of the current version, by data category: the unit consent is decided on. */
@Entity('case_summary_sections')
export class CaseSummarySectionEntity {
  @PrimaryColumn({ name: 'summary_id', type: 'uuid' })
  summaryId!: string;

  @ManyToOne(() => CaseSummaryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'summary_id' })
  summary?: Relation<CaseSummaryEntity>;

  @PrimaryColumn({ type: 'enum', enum: DataCategory, enumName: 'data_category' })
  category!: DataCategory;

  @Column({ type: 'text' })
  body!: string;
}

/** Every version ever written, kept whole. */
@Entity('case_summary_versions')
export class CaseSummaryVersionEntity {
  @PrimaryColumn({ name: 'summary_id', type: 'uuid' })
  summaryId!: string;

  @ManyToOne(() => CaseSummaryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'summary_id' })
  summary?: Relation<CaseSummaryEntity>;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  sections!: { category: DataCategory; body: string }[];

  @Column({ name: 'written_by_user_id', type: 'uuid' })
  writtenByUserId!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;
}
