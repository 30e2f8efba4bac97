import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@renkei/graphql';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';

@ObjectType('AuditEvent', { description: 'One entry of the municipality’s append-only, hash-chained audit trail.' })
@HoldsPersonalData()
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Position in the municipality’s chain, from 1, without gaps: a 64-bit integer, as decimal digits (it outgrows a GraphQL Int).' })
  sequence!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Null for the system (start-up provisioning).' })
  actorId!: string | null;

  @Field(() => ID, { nullable: true })
  actorAgencyId!: string | null;

  @Field()
  action!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => VisibilityBasis, { nullable: true })
  basis!: VisibilityBasis | null;

  @Field(() => ID, { nullable: true })
  consentId!: string | null;

  @Field(() => ID, { nullable: true })
  conferenceId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The emergency access declaration (緊急時の閲覧) a BREAK_GLASS provision rests on.' })
  emergencyAccessId!: string | null;

  @Field(() => ID, { nullable: true })
  providerAgencyId!: string | null;

  @Field(() => ID, { nullable: true })
  recipientAgencyId!: string | null;

  @Field(() => String, { description: 'Further facts of the event, as JSON.' })
  details!: string;

  @Field()
  previousHash!: string;

  @Field()
  hash!: string;
}

export const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEvent');

@ObjectType('ProvisionRecord', { description: 'One provision of personal data to another body (提供記録).' })
@HoldsPersonalData()
export class ProvisionRecordModel {
  @Field(() => ID, { description: 'The provision record’s own id: the audit event of the day’s first such provision.' })
  id!: string;

  @Field(() => ID, { description: 'The case whose data was provided (whose subject the person is).' })
  caseId!: string;

  @Field()
  providedAt!: Date;

  @Field({ description: 'The person the data is about, as named when it was provided.' })
  subjectName!: string;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => VisibilityBasis)
  basis!: VisibilityBasis;

  @Field(() => ID, { nullable: true })
  consentId!: string | null;

  @Field(() => ID, { nullable: true })
  conferenceId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The emergency access declaration (緊急時の閲覧) a BREAK_GLASS provision rests on.' })
  emergencyAccessId!: string | null;

  // Resolved to Agency and User by the contexts that own them.
  providerAgencyId!: string;
  recipientAgencyId!: string;
  recipientUserId!: string | null;
}

@ObjectType('AuditChainReport')
export class AuditChainReportModel {
  @Field({ description: 'True when every entry’s hash and link verify.' })
  ok!: boolean;

  @Field(() => Int, { description: 'How many entries were checked.' })
  checked!: number;

  @Field(() => Int, { description: 'Entries appended while the check ran, not yet linked into the chain by the sequencer: not checked, so never counted as verified.' })
  pending!: number;

  @Field(() => ID, { nullable: true, description: 'The first entry whose content or link does not verify.' })
  firstBrokenId!: string | null;

  @Field(() => String, { nullable: true, description: 'The position of that entry in the chain, as stored (decimal digits), so an auditor can name it.' })
  firstBrokenSequence!: string | null;

  @Field(() => Date, { nullable: true, description: 'When that entry says it occurred, as stored.' })
  firstBrokenOccurredAt!: Date | null;
}
