import { ConsentMethod, DataCategory, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';

export { ConsentMethod };
import { CaseScopedEntity } from '@renkei/cases';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/**
 * A person's consent to share their case data (本人同意), after FHIR Consent: how and when
 * it was obtained, the period it covers, and provisions saying who may receive which
 * categories for which purposes. Revocation is a fact recorded on it, never a deletion.
 */
@Entity('consents')
@Index('consents_case', ['caseId'])
export class ConsentEntity extends CaseScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'enum', enum: ConsentMethod, enumName: 'consent_method' })
  method!: ConsentMethod;

  @Column({ name: 'obtained_at', type: 'timestamptz' })
  obtainedAt!: Date;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  /** Null: until revoked. */
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Column({ name: 'evidence_note', type: 'text', default: '' })
  evidenceNote!: string;

  /**
   * Whose data the consent covers (APPI art. 27: the provider needs the person's consent).
   * Empty: the common consent form (共通同意書) recorded by the coordinating body, covering
   * the data of every agency on the case team.
   */
  @Column({ name: 'provider_agency_ids', type: 'uuid', array: true, default: '{}' })
  providerAgencyIds!: string[];

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @Column({ name: 'recorded_by_agency_id', type: 'uuid' })
  recordedByAgencyId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by_user_id', type: 'uuid', nullable: true })
  revokedByUserId!: string | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;

  @OneToMany(() => ConsentProvisionEntity, (p) => p.consent, { cascade: ['insert'] })
  provisions?: Relation<ConsentProvisionEntity>[];
}

/** One rule of a consent: PERMIT or DENY, for recipients, categories and purposes. */
@Entity('consent_provisions')
@Index('consent_provisions_consent', ['consentId'])
export class ConsentProvisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consent_id', type: 'uuid' })
  consentId!: string;

  @ManyToOne(() => ConsentEntity, (c) => c.provisions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consent_id' })
  consent?: Relation<ConsentEntity>;

  @Column({ type: 'enum', enum: ProvisionEffect, enumName: 'provision_effect' })
  effect!: ProvisionEffect;

  @Column({ name: 'recipient_agency_ids', type: 'uuid', array: true, default: '{}' })
  recipientAgencyIds!: string[];

  @Column({ name: 'recipient_sectors', type: 'enum', enum: Sector, enumName: 'sector', array: true, default: '{}' })
  recipientSectors!: Sector[];

  /** The coordinating body (多機関協働事業者) is a recipient: the consent to connect (つなぐことへの同意). */
  @Column({ name: 'to_coordinating_body', type: 'boolean', default: false })
  toCoordinatingBody!: boolean;

  @Column({ name: 'data_categories', type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  dataCategories!: DataCategory[];

  @Column({ type: 'enum', enum: Purpose, enumName: 'purpose', array: true })
  purposes!: Purpose[];
}
