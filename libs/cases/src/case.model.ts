import { HoldsPersonalData, type ReadScope } from '@renkei/access';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar, Node } from '@renkei/graphql';
import { DataCategory, type VisibilityBasis } from '@renkei/kernel';
import { CaseStatus } from './case-status.js';

registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a case is in its life (受付 … 終結 / 見守り).' });

@ObjectType('CaseSubject', { description: 'The person a case is about.' })
@HoldsPersonalData()
export class CaseSubjectModel {
  @Field()
  fullName!: string;

  @Field()
  fullNameKana!: string;

  @Field(() => LocalDateScalar, { description: 'The date of birth: a calendar date, no time zone.' })
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
  /** The emergency access declaration a BREAK_GLASS basis rests on. */
  readonly emergencyAccessId: string | null;
}

/** The case record as one reader may see it: redacted (basis null) or with its basis. */
export interface CaseRecord {
  readonly caseId: string;
  readonly basis: VisibilityBasis | null;
  readonly subject: CaseSubjectModel | null;
  readonly intakeNote: string | null;
  /** Null when the record is the reader's own agency's, or redacted. */
  readonly provision: RecordProvision | null;
}

@ObjectType('Case', {
  implements: () => [Node],
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

  // The record (recordRedacted, recordBasis, subject, intakeNote) is resolved by field
  // resolvers, decided for the scope the case was loaded in, only when a read asks for it.
  recordingAgencyId!: string;
  scope!: ReadScope;
  /** For access decisions and the municipality boundary; not part of the API. */
  municipalityId!: string;
}

export const CaseConnection = ConnectionType(CaseModel, 'Case');
