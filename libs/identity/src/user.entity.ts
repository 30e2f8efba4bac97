import type { Actor } from '@renkei/access';
import { AgencyEntity } from '@renkei/agencies';
import { Role } from '@renkei/kernel';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** A person who signs in: staff of one agency, in that agency's municipality. */
@Entity('users')
@Index('users_municipality_id', ['municipalityId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique across the deployment because it is the login name. */
  @Index('users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  /** Denormalised tenant key; the composite foreign key below keeps it equal to the agency's. */
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn([
    { name: 'agency_id', referencedColumnName: 'id' },
    { name: 'municipality_id', referencedColumnName: 'municipalityId' },
  ])
  agency?: Relation<AgencyEntity>;

  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The actor a user acts as: the facts every access decision starts from. */
export function actorOf(user: UserEntity): Actor {
  if (!user.agency) throw new Error('actorOf needs the user loaded with their agency');
  return { userId: user.id, municipalityId: user.municipalityId, agencyId: user.agencyId, sector: user.agency.sector, roles: user.roles };
}
