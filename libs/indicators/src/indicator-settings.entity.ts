import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IndicatorKey } from './indicator-enums.js';

/** The municipality's choices for its figures; no row: the defaults (threshold 3, the national set). */
@Entity('indicator_settings')
export class IndicatorSettingsEntity {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid', primaryKeyConstraintName: 'indicator_settings_pkey' })
  municipalityId!: string;

  /** Counts from 1 to one below this are suppressed in what leaves the municipality (小さな数の秘匿). */
  @Column({ name: 'suppression_threshold', type: 'integer' })
  suppressionThreshold!: number;

  /** The rows of the yearly report to the nation (国への報告項目), in the catalogue's order. */
  @Column({ name: 'national_report_items', type: 'enum', enum: IndicatorKey, enumName: 'indicator_key', array: true })
  nationalReportItems!: IndicatorKey[];

  @Column({ name: 'updated_by_user_id', type: 'uuid' })
  updatedByUserId!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
