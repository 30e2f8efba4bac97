import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CaseEntity } from './case.entity.js';

/** The base of records that belong to one case and go with it (consents, summaries). */
export abstract class CaseScopedEntity {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;
}
