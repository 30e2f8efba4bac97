import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RetentionKind } from './retention-kind.js';

@ObjectType('RetentionPolicy', { description: 'How long one kind of data is kept in the caller’s municipality (保存期間).' })
export class RetentionPolicyModel {
  @Field(() => RetentionKind)
  kind!: RetentionKind;

  @Field(() => Int, { nullable: true, description: 'Days after the data ends (closure, end of consent, the access log entry) before it is removed; null: kept.' })
  days!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the period was last set; null when never set.' })
  updatedAt!: Date | null;
}

@ObjectType('RetentionFinding', { description: 'For one kind of data: what is past its period now (dry run), or what a run removed.' })
export class RetentionFindingModel {
  @Field(() => RetentionKind)
  kind!: RetentionKind;

  @Field(() => Int, { nullable: true, description: 'The period applied; null: the data is kept and nothing is past.' })
  days!: number | null;

  @Field(() => Date, { nullable: true, description: 'Records that ended before this instant are past the period.' })
  cutoff!: Date | null;

  @Field(() => Int, { description: 'How many records (cases, consents, access log entries) are past the period, or were removed.' })
  count!: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest of them ended (closure, end of consent, the entry’s time).' })
  oldestEndedAt!: Date | null;
}
