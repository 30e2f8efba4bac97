import { AgencyEntity } from '@renkei/agencies';
import { CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CaseEntity } from './case.entity.js';

/** An agency on a case's team (ケースチーム): it sees the case and contributes its summary. */
@Entity('case_team_members')
@Index('case_team_members_by_agency', ['agencyId', 'caseId'])
export class CaseTeamMemberEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => CaseEntity, (c) => c.team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<CaseEntity>;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<AgencyEntity>;

  @Column({ name: 'added_by_user_id', type: 'uuid' })
  addedByUserId!: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
