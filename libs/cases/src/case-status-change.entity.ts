import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CaseStatus } from './case-status.js';

/** The history of a case's status, with the reason given for each step. */
@Entity('case_status_changes')
@Index('case_status_changes_case', ['caseId', 'changedAt'])
export class CaseStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'from_status', type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  from!: CaseStatus;

  @Column({ name: 'to_status', type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  to!: CaseStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'changed_by_user_id', type: 'uuid' })
  changedByUserId!: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
