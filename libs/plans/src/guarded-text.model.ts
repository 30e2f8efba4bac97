import { Field, ObjectType } from '@nestjs/graphql';
import { HoldsPersonalData } from '@renkei/access';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import type { GuardedTextValue } from './guarded-texts.js';

@ObjectType('GuardedText', { description: 'A text of an assessment or a plan: the writing agency’s data of its category, shown only where a basis holds.' })
@HoldsPersonalData()
export class GuardedTextModel {
  @Field(() => DataCategory)
  category!: DataCategory;

  @Field(() => String, { nullable: true, description: 'Null when redacted.' })
  text!: string | null;

  @Field({ description: 'True when the caller may not see this text: it exists, its content is withheld.' })
  redacted!: boolean;

  @Field(() => VisibilityBasis, { nullable: true, description: 'Why the text is visible; null when redacted.' })
  basis!: VisibilityBasis | null;
}

/** A stored text as GraphQL shows it; a text never written (left blank) is null, not redacted. */
export function guardedText(value: GuardedTextValue | undefined): GuardedTextModel | null {
  return value ? { category: value.category, text: value.text, redacted: value.redacted, basis: value.basis } : null;
}
