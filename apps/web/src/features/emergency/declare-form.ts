import { z } from 'zod';
import type { DataCategory, EmergencyLegalGround, EmergencyReviewVerdict } from '../../gql/enums';
import type { DeclareEmergencyAccessInput } from '../../gql/graphql';

// The declaration's and the review's checks: the rules the server applies, checked here first
// so the caseworker hears of them at the field. Messages are keys of ./messages.

export const LEGAL_GROUNDS = ['LIFE_BODY_PROPERTY', 'PUBLIC_HEALTH_CHILD_WELFARE', 'CLEARLY_IN_PERSONS_INTEREST', 'REQUIRED_BY_LAW'] as const satisfies readonly EmergencyLegalGround[];
export const VERDICTS = ['JUSTIFIED', 'NOT_JUSTIFIED', 'INCONCLUSIVE'] as const satisfies readonly EmergencyReviewVerdict[];

/** A reason says why in at least a sentence (the server's minimum). */
export const REASON_MIN = 20;
const TEXT_MAX = 2000;

export const declareFormSchema = z.object({
  categories: z.array(z.string()).min(1, 'errCategories'),
  legalGround: z.union([z.literal(''), z.enum(LEGAL_GROUNDS)]).refine((ground) => ground !== '', 'errLegalGround'),
  reason: z.string().trim().min(REASON_MIN, 'reasonTooShort').max(TEXT_MAX, 'errReasonTooLong'),
  password: z.string().min(1, 'errPassword'),
});

export type DeclareForm = z.input<typeof declareFormSchema>;

export const emptyDeclareForm: DeclareForm = { categories: [], legalGround: '', reason: '', password: '' };

/** The mutation's input from a checked form. */
export function toDeclareInput(caseId: string, form: DeclareForm): DeclareEmergencyAccessInput {
  return {
    caseId,
    categories: form.categories as DataCategory[],
    legalGround: form.legalGround as EmergencyLegalGround,
    reason: form.reason.trim(),
    password: form.password,
  };
}

export const reviewFormSchema = z.object({
  verdict: z.union([z.literal(''), z.enum(VERDICTS)]).refine((verdict) => verdict !== '', 'errVerdict'),
  note: z.string().trim().min(1, 'errNote').max(TEXT_MAX, 'errNote'),
});

export type ReviewForm = z.input<typeof reviewFormSchema>;
