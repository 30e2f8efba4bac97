import { DataCategory } from '@renkei/kernel';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CaseStatus } from './case-status.js';
import { CaseTeamMemberEntity } from './case-team-member.entity.js';

/** The person (or the household's key person) a case is about. */
export class CaseSubject {
  @Column({ name: 'subject_full_name', type: 'varchar', length: 100 })
  fullName!: string;

  @Column({ name: 'subject_full_name_kana', type: 'varchar', length: 100 })
  fullNameKana!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'subject_birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'subject_address', type: 'varchar', length: 300 })
  address!: string;
}

/** A person's case, coordinated across agencies (支援対象者のケース). */
@Entity('cases')
@Index('cases_listing', ['municipalityId', 'createdAt', 'id'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  status!: CaseStatus;

  @Column(() => CaseSubject, { prefix: false })
  subject!: CaseSubject;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category', array: true, default: '{}' })
  needs!: DataCategory[];

  /** What the counter that took the person in wrote down (受付メモ). */
  @Column({ name: 'intake_note', type: 'text', nullable: true })
  intakeNote!: string | null;

  @Column({ name: 'opened_by_user_id', type: 'uuid' })
  openedByUserId!: string;

  @Column({ name: 'opened_by_agency_id', type: 'uuid' })
  openedByAgencyId!: string;

  @OneToMany(() => CaseTeamMemberEntity, (member) => member.case)
  team?: Relation<CaseTeamMemberEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
