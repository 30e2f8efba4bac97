import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { DataCategory } from '@renkei/kernel';
import { AssessmentUrgency } from './assessment-urgency.js';
import { GuardedTextModel } from './guarded-text.model.js';

@ObjectType('Assessment', {
  description:
    'One version of the case’s assessment (アセスメント). Its texts are the writing agency’s data, each of its category: another agency sees one ' +
    'only on a basis (as a summary section of that category), else it is redacted.',
})
@HoldsPersonalData()
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The version: 1 for the case’s first assessment; each save adds the next.' })
  number!: number;

  @Field()
  writtenAt!: Date;

  @Field(() => AssessmentUrgency)
  urgency!: AssessmentUrgency;

  @Field(() => [DataCategory], { description: 'Life domains not known yet (未把握).' })
  unknownDomains!: DataCategory[];

  @Field(() => [GuardedTextModel], { description: 'The person’s situation by life domain (生活領域), one text per domain category.' })
  domains!: GuardedTextModel[];

  @Field(() => GuardedTextModel, { nullable: true, description: 'The household’s situation (世帯の状況; FAMILY).' })
  household!: GuardedTextModel | null;

  @Field(() => GuardedTextModel, { nullable: true, description: 'The person’s strengths (ストレングス; BASIC).' })
  strengths!: GuardedTextModel | null;

  @Field(() => GuardedTextModel, { nullable: true, description: 'The problems in the person’s own words (本人の言葉での困りごと; BASIC).' })
  personWords!: GuardedTextModel | null;

  @Field(() => GuardedTextModel, { nullable: true, description: 'The professionals’ view (支援者の見立て; BASIC).' })
  professionalView!: GuardedTextModel | null;

  // The writing agency, resolved as `agency` (batched per operation).
  agencyId!: string;
}
