import { DataCategory } from '@renkei/kernel';
import type { AssessmentModel } from './assessment.model.js';
import type { AssessmentInput } from './dto/assessment.input.js';
import { guardedText, type GuardedTextModel } from './guarded-text.model.js';
import type { GuardedTextInput, GuardedTextValue } from './guarded-texts.js';

/** The assessment's texts outside the life domains, each with the data category it is. */
const FIELD_CATEGORIES = {
  household: DataCategory.FAMILY, // 世帯の状況
  strengths: DataCategory.BASIC, // ストレングス
  personWords: DataCategory.BASIC, // 本人の言葉での困りごと
  professionalView: DataCategory.BASIC, // 支援者の見立て
} as const;
type AssessmentTextField = keyof typeof FIELD_CATEGORIES;
const TEXT_FIELDS = Object.keys(FIELD_CATEGORIES) as AssessmentTextField[];

// A life domain's text is stored at `domain:<CATEGORY>`, of that category.
const DOMAIN_PREFIX = 'domain:';
const DOMAIN_ORDER = Object.values(DataCategory);

/** The texts to store for an input: one per domain and field written (a blank one is not written). */
export function assessmentTexts(input: Pick<AssessmentInput, 'domains' | AssessmentTextField>): GuardedTextInput[] {
  return [
    ...input.domains.map(({ category, text }) => ({ path: `${DOMAIN_PREFIX}${category}`, category, body: text })),
    ...TEXT_FIELDS.map((field) => ({ path: field, category: FIELD_CATEGORIES[field], body: input[field] ?? '' })),
  ].filter((text) => text.body.trim() !== '');
}

/** The assessment's text fields as the reader may see them; domains in the order of the categories. */
export function assessmentTextFields(texts: ReadonlyMap<string, GuardedTextValue>): Pick<AssessmentModel, 'domains' | AssessmentTextField> {
  const domains = [...texts]
    .filter(([path]) => path.startsWith(DOMAIN_PREFIX))
    .map(([, text]) => text)
    .sort((a, b) => DOMAIN_ORDER.indexOf(a.category) - DOMAIN_ORDER.indexOf(b.category));
  const fields = Object.fromEntries(TEXT_FIELDS.map((field) => [field, guardedText(texts.get(field))])) as Record<AssessmentTextField, GuardedTextModel | null>;
  return { domains: domains.flatMap((text) => guardedText(text) ?? []), ...fields };
}
