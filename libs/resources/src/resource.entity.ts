import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DayOfWeek, ParticipationForm, ResourceTarget } from './resource-enums.js';

/** One weekly opening of a resource (HSDS schedule), "HH:MM" in Japan time. */
export interface ResourceScheduleValue {
  dayOfWeek: DayOfWeek;
  opensAt: string;
  closesAt: string;
  note: string | null;
}

/**
 * A local resource of the municipality's directory (社会資源): HSDS organization, service,
 * location and schedule folded into one listing. Not personal data. The `*_key` columns and
 * `search_grams` are derived from the text on every write (see resource-search-keys.ts):
 * the grams, under a GIN index, find candidates; the keys rank them.
 */
@Entity('resources')
@Index('resources_municipality_order', ['municipalityId', 'kanaKey', 'id'])
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resources_pkey' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'name_kana', type: 'text' })
  nameKana!: string;

  @Column({ name: 'organization_name', type: 'text' })
  organizationName!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: ResourceTarget, enumName: 'resource_target', array: true })
  targets!: ResourceTarget[];

  @Column({ type: 'enum', enum: ParticipationForm, enumName: 'participation_form', array: true })
  forms!: ParticipationForm[];

  @Column({ type: 'text' })
  area!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'jsonb' })
  schedules!: ResourceScheduleValue[];

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text' })
  cost!: string;

  @Column({ type: 'text' })
  accessibility!: string;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'boolean' })
  active!: boolean;

  /** Optimistic concurrency: an update names the version it read. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** normalise(name): ranks name matches first. */
  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  /** normalise(nameKana): ranks kana matches with the name's, and orders the directory (五十音順). */
  @Column({ name: 'kana_key', type: 'text' })
  kanaKey!: string;

  @Column({ name: 'organization_key', type: 'text' })
  organizationKey!: string;

  @Column({ name: 'description_key', type: 'text' })
  descriptionKey!: string;

  /** Every character and bigram of the four keys (each key on its own: no pair spans two fields). */
  @Index('resources_search_grams_gin', { synchronize: false })
  // Not loaded with the row: only the search reads it, in SQL.
  @Column({ name: 'search_grams', type: 'text', array: true, select: false })
  searchGrams!: string[];
}
