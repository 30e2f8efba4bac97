import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { DataCategory } from '@renkei/kernel';
import type { EmergencyAccessEntity } from './emergency-access.entity.js';
import { EmergencyAccessEventType, EmergencyAccessState, EmergencyLegalGround, EmergencyReviewVerdict } from './emergency-enums.js';
import { reviewOverdue, stateAt } from './emergency-period.js';

@ObjectType('EmergencyAccessReview', { description: 'The personal-information officer’s review of a declaration (事後検証).' })
export class EmergencyAccessReviewModel {
  @Field(() => EmergencyReviewVerdict)
  verdict!: EmergencyReviewVerdict;

  @Field()
  note!: string;

  @Field()
  reviewedAt!: Date;

  // Resolved to User by the resolver.
  reviewedByUserId!: string;
}

@ObjectType('EmergencyAccess', { description: 'An emergency access declaration (緊急時の閲覧): one case, named categories, for a limited time, reviewed afterwards.' })
@HoldsPersonalData()
export class EmergencyAccessModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => [DataCategory], { description: 'The categories it opens, of every agency’s data on the case, for the declarer only.' })
  categories!: DataCategory[];

  @Field(() => EmergencyLegalGround)
  legalGround!: EmergencyLegalGround;

  @Field({ description: 'Why consent could not be obtained in time, in the declarer’s words.' })
  reason!: string;

  @Field()
  declaredAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was ended early; null while it runs or once it expired.' })
  endedAt!: Date | null;

  @Field(() => EmergencyAccessState)
  state!: EmergencyAccessState;

  @Field(() => EmergencyAccessReviewModel, { nullable: true })
  review!: EmergencyAccessReviewModel | null;

  @Field()
  reviewDueAt!: Date;

  @Field({ description: 'Unreviewed and past reviewDueAt.' })
  reviewOverdue!: boolean;

  // Resolved to User and Agency by the resolver.
  declaredByUserId!: string;
  declaredByAgencyId!: string;
  municipalityId!: string;

  /** The API view of a declaration as it stands at `now`. */
  static from(entity: EmergencyAccessEntity, now: Date): EmergencyAccessModel {
    const review =
      entity.reviewVerdict && entity.reviewedAt && entity.reviewedByUserId
        ? Object.assign(new EmergencyAccessReviewModel(), { verdict: entity.reviewVerdict, note: entity.reviewNote ?? '', reviewedAt: entity.reviewedAt, reviewedByUserId: entity.reviewedByUserId })
        : null;
    return Object.assign(new EmergencyAccessModel(), {
      id: entity.id,
      caseId: entity.caseId,
      categories: entity.categories,
      legalGround: entity.legalGround,
      reason: entity.reason,
      declaredAt: entity.declaredAt,
      expiresAt: entity.expiresAt,
      endedAt: entity.endedAt,
      state: stateAt(entity, now),
      review,
      reviewDueAt: entity.reviewDueAt,
      reviewOverdue: reviewOverdue(entity, now),
      declaredByUserId: entity.declaredByUserId,
      declaredByAgencyId: entity.declaredByAgencyId,
      municipalityId: entity.municipalityId,
    });
  }
}

@ObjectType('EmergencyAccessEvent', { description: 'A declaration made, ended or reviewed: to the municipality’s auditors and coordinators, and to the declarer.' })
@HoldsPersonalData()
export class EmergencyAccessEventModel {
  @Field(() => ID, { description: 'The event’s id: pass it as `after` to resume after it.' })
  id!: string;

  @Field(() => EmergencyAccessEventType)
  type!: EmergencyAccessEventType;

  @Field(() => EmergencyAccessModel)
  emergencyAccess!: EmergencyAccessModel;
}
