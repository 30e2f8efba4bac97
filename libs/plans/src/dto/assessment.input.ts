import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@renkei/graphql';
import { DataCategory, type FieldViolation } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { AssessmentUrgency } from '../assessment-urgency.js';

/** The longest text of an assessment, in characters. */
export const MAX_ASSESSMENT_TEXT_LENGTH = 4000;

const DOMAIN_COUNT = Object.keys(DataCategory).length;

/** An optional text of the assessment: trimmed; blank means not written. */
const AssessmentText = (description: string): PropertyDecorator =>
  applyDecorators(Field(() => String, { nullable: true, description }), Trim(), IsOptional(), IsString(), MaxLength(MAX_ASSESSMENT_TEXT_LENGTH));

@InputType({ description: 'The person’s situation in one life domain (生活領域).' })
export class AssessmentDomainInput {
  @Field(() => DataCategory)
  @IsEnum(DataCategory)
  category!: DataCategory;

  @Field()
  @Trim()
  @IsString()
  @MaxLength(MAX_ASSESSMENT_TEXT_LENGTH)
  text!: string;
}

@InputType({ description: `A new version of the case’s assessment (アセスメント). Texts: at most ${MAX_ASSESSMENT_TEXT_LENGTH} characters each.` })
export class AssessmentInput {
  @Field(() => AssessmentUrgency)
  @IsEnum(AssessmentUrgency)
  urgency!: AssessmentUrgency;

  @Field(() => [DataCategory], { description: 'Life domains not known yet (未把握); none of them may also be in `domains`.' })
  @ArrayUnique()
  @ArrayMaxSize(DOMAIN_COUNT)
  @IsEnum(DataCategory, { each: true })
  unknownDomains!: DataCategory[];

  @Field(() => [AssessmentDomainInput], { description: 'The situation by life domain, each domain at most once.' })
  @ArrayMaxSize(DOMAIN_COUNT)
  @ValidateNested({ each: true })
  @Type(() => AssessmentDomainInput)
  domains!: AssessmentDomainInput[];

  @AssessmentText('The household’s situation (世帯の状況).')
  household?: string | null;

  @AssessmentText('The person’s strengths (ストレングス).')
  strengths?: string | null;

  @AssessmentText('The problems in the person’s own words (本人の言葉での困りごと).')
  personWords?: string | null;

  @AssessmentText('The professionals’ view (支援者の見立て).')
  professionalView?: string | null;
}

/** The rules across fields: a domain is described at most once, and not while also marked unknown. */
export function assessmentInputViolations(input: Pick<AssessmentInput, 'domains' | 'unknownDomains'>): FieldViolation[] {
  const violations: FieldViolation[] = [];
  input.domains.forEach(({ category }, i) => {
    const field = `domains.${i}.category`;
    if (input.domains.findIndex((d) => d.category === category) !== i) violations.push({ field, message: `${category} appears more than once` });
    if (input.unknownDomains.includes(category)) violations.push({ field, message: `${category} is also in unknownDomains` });
  });
  return violations;
}
