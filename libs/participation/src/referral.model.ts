import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { ResourceModel } from '@renkei/resources';
import { VisibilityBasis } from '@renkei/kernel';
import { ReferralEndReason, ReferralStatus } from './referral-enums.js';

@ObjectType('ReferralStep', { description: 'One step of a referral’s history.' })
export class ReferralStepModel {
  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => ReferralEndReason, { nullable: true })
  endReason!: ReferralEndReason | null;

  @Field(() => String, { nullable: true, description: 'Null when the referral is redacted, or the step had no note.' })
  note!: string | null;

  @Field()
  at!: Date;
}

@ObjectType('Referral', {
  description:
    'A referral of the person to a local resource (参加支援のつなぎ). Its content (which resource, the notes, what the host may know, the history’s notes) is the referring agency’s data of category PARTICIPATION about the case: shown only where the one door gives a basis (OWN_AGENCY, CONSENT, SUPPORT_MEETING, BREAK_GLASS), and each read of another agency’s referral is recorded as a provision. Without a basis: redacted = true and resource/note/sharedWithHost/history notes are null.',
})
@HoldsPersonalData()
export class ReferralModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => ReferralEndReason, { nullable: true })
  endReason!: ReferralEndReason | null;

  @Field({ description: 'True when the caller has no basis for the content: the referral exists, its content is withheld.' })
  redacted!: boolean;

  @Field(() => VisibilityBasis, { nullable: true, description: 'Why the content is visible; null when redacted.' })
  basis!: VisibilityBasis | null;

  @Field(() => String, { nullable: true, description: 'Null when redacted.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'What the person agreed the host may know; null when redacted or nothing agreed.' })
  sharedWithHost!: string | null;

  @Field(() => Date, { nullable: true, description: 'The next follow-up with the person (a task for the referring caseworker).' })
  followUpAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The next follow-up with the host (a task too).' })
  hostFollowUpAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Planned from a support plan’s role (役割分担).' })
  planId!: string | null;

  @Field(() => ID, { nullable: true })
  planRoleId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it first reached STARTED.' })
  startedAt!: Date | null;

  @Field(() => [ReferralStepModel], { description: 'Oldest first; the first step is PROPOSED.' })
  history!: ReferralStepModel[];

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  // Resolved to Agency, User and Resource by the field resolvers; the resource only where a basis holds.
  agencyId!: string;
  referredByUserId!: string;
  resourceId!: string | null;
}

@ObjectType('ReferralIntroduction', { description: 'The introduction sheet (紹介票) for the host: only what the person agreed to share. Issuing it is audited (referral.introduction_issued).' })
@HoldsPersonalData()
export class ReferralIntroductionModel {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ResourceModel)
  resource!: ResourceModel;

  @Field({ description: 'The referring agency.' })
  agencyName!: string;

  @Field({ description: 'The caseworker issuing it (the contact).' })
  referredByName!: string;

  @Field({ description: 'What the person agreed the host may know; empty when nothing was agreed.' })
  sharedWithHost!: string;

  @Field()
  issuedAt!: Date;
}
