import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality (市区町村): the tenant. Every agency and user belongs to exactly one. */
@Entity('municipalities')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** How long after a 支援会議 ends its members may still read its cases (set by an administrator). */
  @Column({ name: 'support_meeting_access_days', type: 'int', default: 14 })
  supportMeetingAccessDays!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
