import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IndicatorKey } from './indicator-enums.js';

/** The whole fiscal year in `month`, all agencies in `agencyScope`: a primary key holds no NULLs. */
export const WHOLE_YEAR = 0;
export const ALL_AGENCIES = '';

/** A target (目標値) the administrator set for an indicator, a period and (optionally) an agency. */
@Entity('indicator_targets')
export class IndicatorTargetEntity {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'indicator_targets_pkey' })
  municipalityId!: string;

  @PrimaryColumn({ type: 'enum', enum: IndicatorKey, enumName: 'indicator_key', primaryKeyConstraintName: 'indicator_targets_pkey' })
  key!: IndicatorKey;

  @PrimaryColumn({ name: 'fiscal_year', type: 'integer', primaryKeyConstraintName: 'indicator_targets_pkey' })
  fiscalYear!: number;

  /** 1–12, or WHOLE_YEAR. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'indicator_targets_pkey' })
  month!: number;

  /** The agency's id, or ALL_AGENCIES. */
  @PrimaryColumn({ name: 'agency_scope', type: 'varchar', length: 36, primaryKeyConstraintName: 'indicator_targets_pkey' })
  agencyScope!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ name: 'updated_by_user_id', type: 'uuid' })
  updatedByUserId!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
