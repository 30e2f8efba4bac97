import { z } from 'zod';
import type { AssessmentUrgency, DataCategory } from '../../gql/enums';
import type { AssessmentFieldsFragment, AssessmentInput } from '../../gql/graphql';
import { LIFE_DOMAINS } from './domains';
import { MAX_TEXT } from './plan-form';

// The assessment editor's form: each life domain is written (記入), not known yet (未把握) or
// not applicable (該当なし); the API takes the written ones as texts and the unknown ones
// as a list, a domain never in both.

export type DomainState = 'written' | 'unknown' | 'none';

/** The keys of this form's check messages (messages.ts `m`). */
export type AssessmentFormError = 'errRequired' | 'errTooLong' | 'errChoose';

const optionalText = z.string().trim().max(MAX_TEXT, 'errTooLong');

const domain = z
  .object({ category: z.string(), state: z.enum(['written', 'unknown', 'none']), text: optionalText })
  // Only a written domain needs its text; the others keep what was typed, unsent.
  .refine((d) => d.state !== 'written' || d.text.length > 0, { path: ['text'], message: 'errRequired' });

export const assessmentFormSchema = z.object({
  urgency: z.string().min(1, 'errChoose'),
  domains: z.array(domain),
  household: optionalText,
  strengths: optionalText,
  personWords: optionalText,
  professionalView: optionalText,
});

export type AssessmentForm = z.infer<typeof assessmentFormSchema>;

/** Every domain not applicable, until the coordinator says otherwise. */
export function emptyAssessmentForm(): AssessmentForm {
  return {
    urgency: '',
    domains: LIFE_DOMAINS.map((category) => ({ category, state: 'none' as const, text: '' })),
    household: '',
    strengths: '',
    personWords: '',
    professionalView: '',
  };
}

const orNull = (value: string): string | null => value.trim() || null;

export function toAssessmentInput(form: AssessmentForm): AssessmentInput {
  return {
    urgency: form.urgency as AssessmentUrgency,
    domains: form.domains.filter((d) => d.state === 'written').map((d) => ({ category: d.category as DataCategory, text: d.text.trim() })),
    unknownDomains: form.domains.filter((d) => d.state === 'unknown').map((d) => d.category as DataCategory),
    household: orNull(form.household),
    strengths: orNull(form.strengths),
    personWords: orNull(form.personWords),
    professionalView: orNull(form.professionalView),
  };
}

/** The newest version as the start of the next: the coordinator edits what changed. */
export function fromAssessment(assessment: AssessmentFieldsFragment): AssessmentForm {
  const written = new Map(assessment.domains.map((d) => [d.category, d.text ?? '']));
  return {
    urgency: assessment.urgency,
    domains: LIFE_DOMAINS.map((category) => {
      if (assessment.unknownDomains.includes(category)) return { category, state: 'unknown' as const, text: '' };
      const text = written.get(category);
      return text === undefined ? { category, state: 'none' as const, text: '' } : { category, state: 'written' as const, text };
    }),
    household: assessment.household?.text ?? '',
    strengths: assessment.strengths?.text ?? '',
    personWords: assessment.personWords?.text ?? '',
    professionalView: assessment.professionalView?.text ?? '',
  };
}
