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

  /** How long an emergency access declaration (緊急時の閲覧) lasts unless ended early. */
  @Column({ name: 'emergency_access_hours', type: 'int', default: 4 })
  emergencyAccessHours!: number;

  /** Within how long after its declaration the personal-information officer reviews one. */
  @Column({ name: 'emergency_review_due_hours', type: 'int', default: 72 })
  emergencyReviewDueHours!: number;

  /** How many emergency declarations one user may make in 24 hours. */
  @Column({ name: 'emergency_declarations_per_day', type: 'int', default: 3 })
  emergencyDeclarationsPerDay!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
