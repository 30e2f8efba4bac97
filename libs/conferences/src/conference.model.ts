import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '@renkei/graphql';
import { ActionReviewOutcome, ConferenceKind, ConferenceStatus, type ConferenceEntity } from './conference.entity.js';

registerEnumType(ConferenceKind, { name: 'ConferenceKind', description: 'SUPPORT_MEETING (支援会議, 社会福祉法第106条の6) or MULTI_AGENCY_MEETING (重層的支援会議).' });
registerEnumType(ConferenceStatus, { name: 'ConferenceStatus' });
registerEnumType(ActionReviewOutcome, { name: 'ActionReviewOutcome' });

@ObjectType('Decision', { description: 'A decision on an agenda case (決定事項).' })
@HoldsPersonalData()
export class DecisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  conferenceId!: string;

  @Field(() => ID)
  caseId!: string;

  @Field()
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The support plan version this decision approved or evaluated (支援決定).' })
  planId!: string | null;

  @Field(() => ID)
  recordedById!: string;

  @Field()
  recordedAt!: Date;
}

@ObjectType('AgendaItem', {
  description: 'A case on the agenda. Its content needs the caller’s acknowledgement of confidentiality, and a case the caller may know of.',
})
@HoldsPersonalData()
export class AgendaItemModel {
  @Field(() => Int)
  position!: number;

  @Field(() => ID, { nullable: true, description: 'Null until the caller acknowledged confidentiality for this meeting, and for a case the caller may not know of.' })
  caseId!: string | null;

  @Field(() => String, { nullable: true })
  minutes!: string | null;

  @Field(() => Int, { description: 'Starts at 0; each accepted addMinutes adds 1.' })
  minutesVersion!: number;

  // For the field resolvers (case, summaries, decisions, plan); planId only with content.
  conferenceId!: string;
  planId!: string | null;
}

@ObjectType('ActionReview', { description: 'A conference’s review of an earlier action item.' })
@HoldsPersonalData()
export class ActionReviewModel {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ActionReviewOutcome)
  outcome!: ActionReviewOutcome;

  @Field()
  reason!: string;

  @Field()
  reviewedAt!: Date;
}

@ObjectType('Conference', { implements: () => [Node], description: 'A case conference; closed to all but its participants (非公開).' })
@HoldsPersonalData()
export class ConferenceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConferenceKind)
  kind!: ConferenceKind;

  @Field()
  title!: string;

  @Field()
  scheduledAt!: Date;

  @Field(() => ConferenceStatus)
  status!: ConferenceStatus;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Field({ description: 'Whether the caller acknowledged the duty of confidentiality (守秘義務) for this meeting.' })
  acknowledgedByMe!: boolean;

  @Field(() => [AgendaItemModel])
  agenda!: AgendaItemModel[];

  // For the field resolvers (chair, participants, action items).
  chairUserId!: string;
  chairAgencyId!: string;
  knownCaseIds!: ReadonlySet<string>;
  participantAgencyIds!: string[];
  agendaCaseIds!: string[];

  /**
   * The conference as the caller sees it: agenda content only if they acknowledged
   * confidentiality, and only for the agenda cases they may know of (`knownCaseIds`).
   */
  static from(entity: ConferenceEntity, acknowledged: boolean, knownCaseIds: ReadonlySet<string>): ConferenceModel {
    return Object.assign(new ConferenceModel(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      scheduledAt: entity.scheduledAt,
      status: entity.status,
      startedAt: entity.startedAt,
      endedAt: entity.endedAt,
      cancellationReason: entity.cancellationReason,
      acknowledgedByMe: acknowledged,
      chairUserId: entity.chairUserId,
      chairAgencyId: entity.chairAgencyId,
      knownCaseIds: acknowledged ? knownCaseIds : new Set<string>(),
      participantAgencyIds: (entity.participants ?? []).map((p) => p.agencyId),
      agendaCaseIds: (entity.agenda ?? []).map((a) => a.caseId),
      agenda: (entity.agenda ?? []).map((item) => {
        const content = acknowledged && knownCaseIds.has(item.caseId);
        return Object.assign(new AgendaItemModel(), {
          position: item.position,
          caseId: content ? item.caseId : null,
          minutes: content ? item.minutes : null,
          minutesVersion: item.minutesVersion,
          conferenceId: entity.id,
          planId: content ? item.planId : null,
        });
      }),
    });
  }
}
