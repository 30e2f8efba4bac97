import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsentMethod, DataCategory, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
import type { ConsentEntity } from './consent.entity.js';

export enum ConsentState {
  PENDING = 'PENDING', // its period has not begun
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(ProvisionEffect, { name: 'ProvisionEffect', description: 'PERMIT or DENY; DENY wins over a PERMIT covering the same recipient and category.' });
registerEnumType(ConsentState, { name: 'ConsentState', description: 'Whether a consent counts now.' });

@ObjectType('ConsentProvision')
@HoldsPersonalData()
export class ConsentProvisionModel {
  @Field(() => ProvisionEffect)
  effect!: ProvisionEffect;

  @Field(() => [ID])
  recipientAgencyIds!: string[];

  @Field(() => [Sector])
  recipientSectors!: Sector[];

  @Field({ description: 'The coordinating body (多機関協働事業者) is a recipient.' })
  toCoordinatingBody!: boolean;

  @Field(() => [DataCategory])
  dataCategories!: DataCategory[];

  @Field(() => [Purpose])
  purposes!: Purpose[];
}

@ObjectType('Consent', { description: 'A person’s consent to share case data (本人同意).' })
@HoldsPersonalData()
export class ConsentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field(() => [ID], { description: 'Whose data it covers; empty for the common consent form (every team agency’s data).' })
  providerAgencyIds!: string[];

  @Field({ description: 'The common consent form (共通同意書) recorded by the coordinating body.' })
  commonForm!: boolean;

  @Field()
  obtainedAt!: Date;

  @Field()
  validFrom!: Date;

  @Field(() => Date, { nullable: true })
  validUntil!: Date | null;

  @Field()
  evidenceNote!: string;

  @Field(() => ConsentState)
  state!: ConsentState;

  @Field(() => ID)
  recordedById!: string;

  @Field(() => ID)
  recordedByAgencyId!: string;

  @Field()
  recordedAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;

  @Field(() => [ConsentProvisionModel])
  provisions!: ConsentProvisionModel[];

  static from(entity: ConsentEntity, now: Date): ConsentModel {
    const state = entity.revokedAt
      ? ConsentState.REVOKED
      : entity.validFrom > now
        ? ConsentState.PENDING
        : entity.validUntil && entity.validUntil <= now
          ? ConsentState.EXPIRED
          : ConsentState.ACTIVE;
    return Object.assign(new ConsentModel(), {
      id: entity.id,
      caseId: entity.caseId,
      method: entity.method,
      providerAgencyIds: entity.providerAgencyIds,
      commonForm: entity.providerAgencyIds.length === 0,
      obtainedAt: entity.obtainedAt,
      validFrom: entity.validFrom,
      validUntil: entity.validUntil,
      evidenceNote: entity.evidenceNote,
      state,
      recordedById: entity.recordedByUserId,
      recordedByAgencyId: entity.recordedByAgencyId,
      recordedAt: entity.recordedAt,
      revokedAt: entity.revokedAt,
      revocationReason: entity.revocationReason,
      provisions: (entity.provisions ?? []).map(({ effect, recipientAgencyIds, recipientSectors, toCoordinatingBody, dataCategories, purposes }) => ({
        effect,
        recipientAgencyIds,
        recipientSectors,
        toCoordinatingBody,
        dataCategories,
        purposes,
      })),
    });
  }
}
