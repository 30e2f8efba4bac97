import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@renkei/graphql';
import { HostSupportKind } from './host-support-kind.js';
import type { HostSupportNoteEntity } from './host-support-note.entity.js';

@ObjectType('HostSupportNote', { description: 'A note of support given to a host site (受入先への支援). About the host, not a person: no names of residents.' })
export class HostSupportNoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => HostSupportKind)
  kind!: HostSupportKind;

  @Field(() => LocalDateScalar)
  supportedOn!: string;

  @Field({ description: '1 to 2000 characters.' })
  note!: string;

  @Field({ description: 'The host still needs help (until resolvedAt is set).' })
  needsFollowUp!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the need was marked dealt with.' })
  resolvedAt!: Date | null;

  @Field()
  createdAt!: Date;

  // Resolved as `resource` and `agency` (the recording user's agency), batched per operation.
  resourceId!: string;
  agencyId!: string;

  static from(entity: HostSupportNoteEntity): HostSupportNoteModel {
    const { id, kind, supportedOn, note, needsFollowUp, resolvedAt, createdAt, resourceId, agencyId } = entity;
    return Object.assign(new HostSupportNoteModel(), { id, kind, supportedOn, note, needsFollowUp, resolvedAt, createdAt, resourceId, agencyId });
  }
}

@ObjectType('HostNeedingSupport', { description: 'A host site with support notes still needing follow-up.' })
export class HostNeedingSupportModel {
  @Field(() => Int, { description: 'Notes with needsFollowUp and not resolved.' })
  openNotes!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The latest supportedOn among its notes.' })
  lastSupportedOn!: string | null;

  @Field(() => Int, { description: 'Referrals INTRODUCED, STARTED or CONTINUING: a count, never who.' })
  activeReferrals!: number;

  // Resolved as `resource`.
  resourceId!: string;
}
