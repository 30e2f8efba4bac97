import { HoldsPersonalData } from '@renkei/access';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConferenceStatus } from './conference.entity.js';

export enum ConferenceEventType {
  JOINED = 'JOINED',
  LEFT = 'LEFT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  PARTICIPANTS_CHANGED = 'PARTICIPANTS_CHANGED',
  MINUTES_ADDED = 'MINUTES_ADDED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  ACTION_ITEM_ASSIGNED = 'ACTION_ITEM_ASSIGNED',
  ACTION_ITEM_REVIEWED = 'ACTION_ITEM_REVIEWED',
  REQUEST_SENT = 'REQUEST_SENT', // the chair asked an agency to attend or for information
  REQUEST_ANSWERED = 'REQUEST_ANSWERED',
}
registerEnumType(ConferenceEventType, { name: 'ConferenceEventType' });

/** What a change reports, as stored in the outbox. */
export type ConferenceEventPayload = Omit<ConferenceEventMessage, 'id' | 'occurredAt'>;

/** What travels on the event bus for the live room (plain JSON). */
export interface ConferenceEventMessage {
  id: string;
  type: ConferenceEventType;
  conferenceId: string;
  occurredAt: string;
  userId?: string | null;
  agencyId?: string | null;
  caseId?: string | null;
  status?: ConferenceStatus | null;
  taskId?: string | null;
  minutesVersion?: number | null;
  /** The chair's request sent or answered (REQUEST_SENT, REQUEST_ANSWERED), addressed to `agencyId`. */
  requestId?: string | null;
  /** Case content (minutes, decisions): delivered only to those who acknowledged confidentiality. */
  text?: string | null;
}

export function conferenceTopic(conferenceId: string): string {
  return `renkei:conference:${conferenceId}`;
}

@ObjectType('ConferenceEvent', { description: 'Something that happened in the live room of a conference.' })
@HoldsPersonalData()
export class ConferenceEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConferenceEventType)
  type!: ConferenceEventType;

  @Field(() => ID)
  conferenceId!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => ID, { nullable: true })
  agencyId!: string | null;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => ConferenceStatus, { nullable: true, description: 'The conference’s new status (STATUS_CHANGED).' })
  status!: ConferenceStatus | null;

  @Field(() => ID, { nullable: true })
  taskId!: string | null;

  @Field(() => Int, { nullable: true })
  minutesVersion!: number | null;

  @Field(() => ID, { nullable: true, description: 'The chair’s request sent or answered (REQUEST_SENT, REQUEST_ANSWERED); see Conference.requests.' })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes or decision text; null for a subscriber who has not acknowledged confidentiality.' })
  text!: string | null;

  static from(message: ConferenceEventMessage, withContent: boolean): ConferenceEventModel {
    return Object.assign(new ConferenceEventModel(), {
      id: message.id,
      type: message.type,
      conferenceId: message.conferenceId,
      occurredAt: new Date(message.occurredAt),
      userId: message.userId ?? null,
      agencyId: message.agencyId ?? null,
      caseId: withContent ? (message.caseId ?? null) : null,
      status: message.status ?? null,
      taskId: message.taskId ?? null,
      minutesVersion: message.minutesVersion ?? null,
      requestId: message.requestId ?? null,
      text: withContent ? (message.text ?? null) : null,
    });
  }
}
