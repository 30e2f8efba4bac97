import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@renkei/graphql';
import { DataCategory } from '@renkei/kernel';
import type { CaseEntity } from './case.entity.js';
import { CaseStatus } from './case-status.js';

registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a case is in its life (受付 … 終結 / 見守り).' });

@ObjectType('CaseSubject', { description: 'The person a case is about.' })
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

@ObjectType('Case', { description: 'A person’s case, coordinated by a team of agencies.' })
export class CaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => CaseSubjectModel)
  subject!: CaseSubjectModel;

  @Field(() => [DataCategory])
  needs!: DataCategory[];

  @Field(() => String, { nullable: true })
  intakeNote!: string | null;

  @Field()
  openedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Grows by one with every change of the case record.' })
  version!: number;

  /** For access decisions and the municipality boundary; not part of the API. */
  municipalityId!: string;

  static from(entity: CaseEntity): CaseModel {
    const { id, title, status, subject, needs, intakeNote, createdAt, updatedAt, version, municipalityId } = entity;
    return Object.assign(new CaseModel(), { id, title, status, subject: { ...subject }, needs, intakeNote, openedAt: createdAt, updatedAt, version, municipalityId });
  }
}

export const CaseConnection = ConnectionType(CaseModel, 'Case');
