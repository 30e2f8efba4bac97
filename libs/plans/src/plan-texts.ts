import { DataCategory } from '@renkei/kernel';
import type { GuardedTextInput } from './guarded-texts.js';

/**
 * Where each text of a plan sits in `plan_texts`, and whose category it is: the wishes and
 * the policy by their fixed paths, a goal's text, its roles' actions and its evaluation note
 * by the goal's category.
 */
export const PlanTextPath = {
  personWishes: 'personWishes', // 本人の希望 (BASIC)
  familyWishes: 'familyWishes', // 家族の希望 (FAMILY)
  policy: 'policy', // 総合的な方針 (BASIC)
  decisionReason: 'decisionReason', // 終結・中断の理由 (BASIC)
  goal: (goalId: string) => `goal:${goalId}`,
  role: (roleId: string) => `role:${roleId}`,
  evaluation: (goalId: string) => `evaluation:${goalId}`,
} as const;

/** The plan-wide texts and their fixed categories. */
export function planWideTexts(input: { personWishes?: string | null; familyWishes?: string | null; policy?: string | null }): GuardedTextInput[] {
  return [
    { path: PlanTextPath.personWishes, category: DataCategory.BASIC, body: input.personWishes ?? '' },
    { path: PlanTextPath.familyWishes, category: DataCategory.FAMILY, body: input.familyWishes ?? '' },
    { path: PlanTextPath.policy, category: DataCategory.BASIC, body: input.policy ?? '' },
  ];
}
