import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@renkei/graphql';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { CaseStatus } from './case-status.js';

registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a case is in its life (受付 … 終結 / 見守り).' });

@ObjectType('CaseSubject', { description: 'The person a case is about.' })
@HoldsPersonalData()
export class CaseSubjectModel {
  @Field()
  fullName!: string;

  @Field()
  fullNameKana!: string;

  @Field({ description: 'YYYY-MM-DD' })
  birthDate!: string;

  @Field()
  address!: string;
}

/** A provision the read of a case record makes when it returns the record: whose, on which basis. */
export interface RecordProvision {
  readonly providerAgencyId: string;
  readonly basis: VisibilityBasis;
  readonly consentId: string | null;
  readonly conferenceId: string | null;
}

@ObjectType('Case', {
  description:
    'A person’s case, coordinated by a team of agencies. The case record (who the person is, what they said at the counter) is the recording ' +
    'agency’s data of category BASIC: another agency sees it only on a basis (recordBasis), else it is redacted.',
})
@HoldsPersonalData()
export class CaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => [DataCategory], { description: 'The areas the person needs support in (visible with the case).' })
  needs!: DataCategory[];

  @Field()
  openedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Grows by one with every change of the case record.' })
  version!: number;

  @Field({ description: 'True when the caller has no basis to see who the person is: subject and intakeNote are null.' })
  recordRedacted!: boolean;

  @Field(() => VisibilityBasis, { nullable: true, description: 'Why the case record is visible; null when redacted.' })
  recordBasis!: VisibilityBasis | null;

  // Resolved by field resolvers: the record's fields record the provision when returned.
  subject!: CaseSubjectModel | null;
  intakeNote!: string | null;
  recordingAgencyId!: string;
  /** Null when the record is the caller's own agency's, or redacted. */
  provision!: RecordProvision | null;
  /** For access decisions and the municipality boundary; not part of the API. */
  municipalityId!: string;
}

export const CaseConnection = ConnectionType(CaseModel, 'Case');
