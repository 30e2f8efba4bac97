import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { DataCategory } from '@renkei/kernel';
import { ConferenceKind, type ConferenceEntity } from './conference.entity.js';
import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';
import type { ConferenceRequestEntity } from './conference-request.entity.js';

registerEnumType(ConferenceRequestKind, { name: 'ConferenceRequestKind', description: 'ATTENDANCE (出席の依頼) or INFORMATION (情報提供の依頼).' });
registerEnumType(ConferenceRequestStatus, { name: 'ConferenceRequestStatus' });

@ObjectType('ConferenceRequest', {
  description: 'A 支援会議 chair’s request to an agency: to attend the meeting (出席の依頼) or to provide information on an agenda case (情報提供の依頼).',
})
@HoldsPersonalData()
export class ConferenceRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConferenceRequestKind)
  kind!: ConferenceRequestKind;

  @Field(() => ID)
  conferenceId!: string;

  @Field()
  conferenceTitle!: string;

  @Field(() => ConferenceKind)
  conferenceKind!: ConferenceKind;

  @Field()
  conferenceScheduledAt!: Date;

  @Field(() => ID, { nullable: true, description: 'INFORMATION: the agenda case the information is about; null for ATTENDANCE.' })
  caseId!: string | null;

  @Field(() => [DataCategory], { description: 'INFORMATION: the categories requested; empty for ATTENDANCE.' })
  categories!: DataCategory[];

  @Field(() => [DataCategory], { description: 'INFORMATION accepted: the sections of the agency’s data on the case shared into the meeting; empty otherwise.' })
  sharedCategories!: DataCategory[];

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field()
  note!: string;

  @Field(() => ConferenceRequestStatus)
  status!: ConferenceRequestStatus;

  @Field(() => String, { nullable: true, description: 'Why the agency declined (DECLINED only).' })
  reason!: string | null;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  // For the field resolvers (agency, requestedBy, answeredBy).
  agencyId!: string;
  requestedByUserId!: string;
  answeredByUserId!: string | null;

  static from(entity: ConferenceRequestEntity, conference: Pick<ConferenceEntity, 'title' | 'kind' | 'scheduledAt'>): ConferenceRequestModel {
    return Object.assign(new ConferenceRequestModel(), {
      id: entity.id,
      kind: entity.kind,
      conferenceId: entity.conferenceId,
      conferenceTitle: conference.title,
      conferenceKind: conference.kind,
      conferenceScheduledAt: conference.scheduledAt,
      caseId: entity.caseId,
      categories: entity.categories,
      sharedCategories: entity.sharedCategories,
      dueAt: entity.dueAt,
      note: entity.note,
      status: entity.status,
      reason: entity.reason,
      requestedAt: entity.requestedAt,
      answeredAt: entity.answeredAt,
      agencyId: entity.agencyId,
      requestedByUserId: entity.requestedByUserId,
      answeredByUserId: entity.answeredByUserId,
    });
  }
}
