import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@renkei/graphql';
import type { CommunityActivityEntity } from './community-activity.entity.js';
import { CommunityActivityKind } from './community-activity-kind.js';

@ObjectType('CommunityActivity', { description: 'A community-building activity (地域づくり): counts, never a list of residents. Not personal data.' })
export class CommunityActivityModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  heldOn!: string;

  @Field({ description: '1 to 200 characters.' })
  place!: string;

  @Field(() => CommunityActivityKind)
  kind!: CommunityActivityKind;

  @Field(() => Int, { description: '0 to 100000: a count, never a list of residents.' })
  participantCount!: number;

  @Field(() => [String], { description: 'Participating bodies (団体): each 1 to 100 characters, at most 30, distinct.' })
  bodies!: string[];

  @Field({ description: 'Up to 2000 characters.' })
  note!: string;

  @Field(() => Int, { description: 'Pass it as expectedVersion to updateCommunityActivity.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  // Resolved as `resources`, batched per operation.
  resourceIds!: string[];

  static from(entity: CommunityActivityEntity): CommunityActivityModel {
    const { id, heldOn, place, kind, participantCount, bodies, note, version, createdAt, updatedAt, resourceIds } = entity;
    return Object.assign(new CommunityActivityModel(), { id, heldOn, place, kind, participantCount, bodies, note, version, createdAt, updatedAt, resourceIds });
  }
}

@ObjectType('CommunityActivityTotals', { description: 'The figures a municipality reports for 地域づくり, over the activities listed.' })
export class CommunityActivityTotalsModel {
  @Field(() => Int)
  activities!: number;

  @Field(() => Int, { description: 'Distinct places, normalised as the directory compares text (NFKC, trimmed, spaces and case ignored, katakana as hiragana).' })
  sites!: number;

  @Field(() => Int, { description: 'The sum of participantCount.' })
  participants!: number;

  @Field(() => Int, { description: 'Distinct participating bodies, normalised as places are.' })
  bodies!: number;
}

@ObjectType('CommunityActivityLog')
export class CommunityActivityLogModel {
  @Field(() => [CommunityActivityModel], { description: 'Newest heldOn first.' })
  items!: CommunityActivityModel[];

  @Field(() => CommunityActivityTotalsModel)
  totals!: CommunityActivityTotalsModel;
}
