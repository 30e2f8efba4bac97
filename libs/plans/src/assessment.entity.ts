import { AgencyEntity } from '@renkei/agencies';
import { CaseScopedEntity } from '@renkei/cases';
import { DataCategory } from '@renkei/kernel';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { AssessmentUrgency } from './assessment-urgency.js';
import { GuardedTextColumns } from './guarded-text.entity.js';

/**
 * One version of a case's assessment (アセスメント), append-only: each save is the next
 * number, and the newest is the case's assessment. Its texts (by life domain, household,
 * strengths, the person's and the professionals' words) are the writing agency's data and
 * live in `assessment_texts`, read and written through GuardedTexts.
 */
@Entity('assessments')
@Unique('assessments_case_number', ['caseId', 'number'])
export class AssessmentEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** The version: 1 for the first assessment of the case. */
  @Column({ type: 'int' })
  number!: number;

  /** The writing agency: whose data the texts are. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  @Column({ name: 'written_by_user_id', type: 'uuid' })
  writtenByUserId!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;

  @Column({ type: 'enum', enum: AssessmentUrgency, enumName: 'assessment_urgency' })
  urgency!: AssessmentUrgency;

  /** Life domains not assessed yet (未把握). */
  @Column({ name: 'unknown_domains', type: 'enum', enum: DataCategory, enumName: 'data_category', array: true, default: '{}' })
  unknownDomains!: DataCategory[];
}

/**
 * A text of an assessment (`domain:<CATEGORY>`, `household`, `strengths`, `personWords`,
 * `professionalView`) with its data category. Mapped so the schema holds it; read and
 * written only through GuardedTexts, which decides its visibility in SQL.
 */
@Entity('assessment_texts')
export class AssessmentTextEntity extends GuardedTextColumns {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;
}
