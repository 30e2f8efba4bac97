import { Sector } from '@renkei/kernel';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';

/** A body that takes part: a housing-support office, a health centre, a school, 地域包括 … */
@Entity('agencies')
@Unique('agencies_name_per_municipality', ['municipalityId', 'name'])
// Lets users reference (agency, municipality) together, so no user can sit in one tenant
// while their agency sits in another.
@Unique('agencies_id_municipality', ['id', 'municipalityId'])
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('agencies_municipality_id')
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<MunicipalityEntity>;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: Sector, enumName: 'sector' })
  sector!: Sector;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
