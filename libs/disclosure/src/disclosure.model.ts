import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { AgencyModel } from '@renkei/agencies';
import { ProvisionRecordModel } from '@renkei/audit';
import { ConsentState } from '@renkei/consent';
import { ConsentMethod, DataCategory, ProvisionEffect, Purpose, VisibilityBasis } from '@renkei/kernel';
import { PlanModel } from '@renkei/plans';
import { DisclosureWithholdingGround } from './withholding-ground.js';

@ObjectType('DisclosureWithholding', { description: 'The officer’s decision to withhold a provision record from the person’s own record (不開示).' })
export class DisclosureWithholdingModel {
  @Field(() => DisclosureWithholdingGround)
  ground!: DisclosureWithholdingGround;

  // Resolved as `decidedBy` (User!).
  decidedByUserId!: string;

  @Field()
  decidedAt!: Date;
}

@ObjectType('DisclosureTeamMember', { description: 'An agency of the case team and its role in the person’s support.' })
export class DisclosureTeamMemberModel {
  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field({ description: '主担当 (the plan’s lead agency), 多機関協働事業者 (the coordinating body) or チーム (a team member); several joined by ・.' })
  role!: string;
}

@ObjectType('DisclosureConsentProvision', { description: 'One rule of a consent, as the person reads it.' })
export class DisclosureConsentProvisionModel {
  @Field(() => ProvisionEffect)
  effect!: ProvisionEffect;

  @Field({ description: 'Who may receive: the agencies, sectors and the coordinating body named, in Japanese.' })
  recipient!: string;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => [Purpose])
  purposes!: Purpose[];
}

@ObjectType('DisclosureConsent', { description: 'A consent the person gave on the case (本人同意), with its state.' })
@HoldsPersonalData()
export class DisclosureConsentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AgencyModel)
  recordedByAgency!: AgencyModel;

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field()
  obtainedAt!: Date;

  @Field()
  validFrom!: Date;

  @Field(() => Date, { nullable: true })
  validUntil!: Date | null;

  @Field(() => ConsentState)
  state!: ConsentState;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;

  @Field(() => [DisclosureConsentProvisionModel])
  provisions!: DisclosureConsentProvisionModel[];
}

@ObjectType('DisclosedProvision', { description: 'Provisions of the person’s data combined per provider, recipient agency and basis (提供記録, repeats combined).' })
@HoldsPersonalData()
export class DisclosedProvisionModel {
  @Field(() => AgencyModel, { nullable: true })
  providerAgency!: AgencyModel | null;

  @Field(() => AgencyModel, { nullable: true })
  recipientAgency!: AgencyModel | null;

  @Field(() => VisibilityBasis)
  basis!: VisibilityBasis;

  @Field(() => [DataCategory], { description: 'Every category provided, merged.' })
  categories!: DataCategory[];

  @Field({ description: 'The first provision.' })
  firstAt!: Date;

  @Field({ description: 'The last provision.' })
  lastAt!: Date;

  @Field(() => Int, { description: 'On how many days (Japan time) data was provided.' })
  days!: number;
}

@ObjectType('WithheldCount', { description: 'How many provision records are withheld on a ground — never which.' })
export class WithheldCountModel {
  @Field(() => DisclosureWithholdingGround)
  ground!: DisclosureWithholdingGround;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PersonDisclosure', { description: 'The person’s own record (本人開示, APPI art. 33 / 76–78): what the platform holds about them and who received it.' })
@HoldsPersonalData()
export class PersonDisclosureModel {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The person, as named on the case record: the disclosure is addressed to them.' })
  personName!: string;

  @Field()
  municipalityName!: string;

  @Field()
  producedAt!: Date;

  @Field(() => [DisclosureTeamMemberModel])
  team!: DisclosureTeamMemberModel[];

  @Field(() => [DisclosureConsentModel], { description: 'Newest first.' })
  consents!: DisclosureConsentModel[];

  @Field(() => [DisclosedProvisionModel], { description: 'Oldest first; withheld records excluded.' })
  provisions!: DisclosedProvisionModel[];

  @Field(() => [WithheldCountModel], { description: 'Withheld records, counted per ground: the document says that and why, never what.' })
  withheld!: WithheldCountModel[];

  @Field(() => PlanModel, { nullable: true, description: 'The plan in force; its texts as the viewer may see them (the one door).' })
  plan!: PlanModel | null;

  @Field(() => [ProvisionRecordModel], { description: 'Every provision record of the case, withheld ones included (with `withholding`), for the officer’s review; not part of the document.' })
  records!: ProvisionRecordModel[];
}
