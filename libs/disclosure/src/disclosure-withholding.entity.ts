import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DisclosureWithholdingGround } from './withholding-ground.js';

/**
 * A provision record (提供記録) the personal-information officer withholds from the person's
 * own record, on a ground of APPI art. 78. One per record; releasing it deletes the row (the
 * decision and its release stay in the audit trail). No foreign keys, as for the trail itself:
 * the record it names is an audit event, which nothing may block or change.
 */
@Entity('disclosure_withholdings')
@Index('disclosure_withholdings_case', ['municipalityId', 'caseId'])
export class DisclosureWithholdingEntity {
  /** The provision record withheld: the id of its audit event. */
  @PrimaryColumn({ name: 'provision_record_id', type: 'uuid', primaryKeyConstraintName: 'disclosure_withholdings_pkey' })
  provisionRecordId!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'enum', enum: DisclosureWithholdingGround, enumName: 'disclosure_withholding_ground' })
  ground!: DisclosureWithholdingGround;

  @Column({ name: 'decided_by_user_id', type: 'uuid' })
  decidedByUserId!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
