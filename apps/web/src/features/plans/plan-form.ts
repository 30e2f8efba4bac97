import { z } from 'zod';
import type { DataCategory, GoalTerm } from '../../gql/enums';
import type { PlanFieldsFragment, PlanInput } from '../../gql/graphql';

// The plan editor's form and its mapping to the API's PlanInput. The form mirrors the input
// (goals.1.roles.0.agencyId), so a field the server refuses is marked where it is typed.

// The API's limits (libs/plans dto), checked before sending so the coordinator sees them at once.
export const MAX_TEXT = 4000;
export const MAX_FREQUENCY = 100;
export const MAX_GOALS = 20;
export const MAX_ROLES_PER_GOAL = 10;

/** The keys of this form's check messages (messages.ts `m`). */
export type PlanFormError = 'errRequired' | 'errTooLong' | 'errChoose' | 'errGoals';

const optionalText = z.string().trim().max(MAX_TEXT, 'errTooLong');
const requiredText = (max: number) => z.string().trim().min(1, 'errRequired').max(max, 'errTooLong');
const chosen = z.string().min(1, 'errChoose');

const role = z.object({ agencyId: chosen, action: requiredText(MAX_TEXT), frequency: requiredText(MAX_FREQUENCY) });
const goal = z.object({
  term: chosen,
  category: chosen,
  text: requiredText(MAX_TEXT),
  targetDate: z.string(),
  roles: z.array(role).max(MAX_ROLES_PER_GOAL),
});

export const planFormSchema = z.object({
  personWishes: optionalText,
  familyWishes: optionalText,
  policy: optionalText,
  goals: z.array(goal).min(1, 'errGoals').max(MAX_GOALS, 'errGoals'),
  participationReferral: z.boolean(),
  outreach: z.boolean(),
  leadAgencyId: z.string(),
  nextReviewOn: z.string(),
});

export type PlanForm = z.infer<typeof planFormSchema>;
export type GoalForm = PlanForm['goals'][number];
export type RoleForm = GoalForm['roles'][number];

export const emptyRole = (): RoleForm => ({ agencyId: '', action: '', frequency: '' });
export const emptyGoal = (): GoalForm => ({ term: 'SHORT', category: '', text: '', targetDate: '', roles: [emptyRole()] });

/** A new plan starts with one goal and one role to fill in. */
export function emptyPlanForm(): PlanForm {
  return { personWishes: '', familyWishes: '', policy: '', goals: [emptyGoal()], participationReferral: false, outreach: false, leadAgencyId: '', nextReviewOn: '' };
}

/** A blank field is no text (null), never an empty string the server would store. */
const orNull = (value: string): string | null => value.trim() || null;

/** What draftPlan and updatePlan receive for a checked form. */
export function toPlanInput(form: PlanForm): PlanInput {
  return {
    personWishes: orNull(form.personWishes),
    familyWishes: orNull(form.familyWishes),
    policy: orNull(form.policy),
    goals: form.goals.map((g) => ({
      term: g.term as GoalTerm,
      category: g.category as DataCategory,
      text: g.text.trim(),
      targetDate: g.targetDate || null,
      roles: g.roles.map((r) => ({ agencyId: r.agencyId, action: r.action.trim(), frequency: r.frequency.trim() })),
    })),
    participationReferral: form.participationReferral,
    outreach: form.outreach,
    leadAgencyId: form.leadAgencyId || null,
    nextReviewOn: form.nextReviewOn || null,
  };
}

type GuardedText = { readonly text?: string | null; readonly redacted?: boolean } | null | undefined;
const textOf = (guarded: GuardedText): string => guarded?.text ?? '';

/** A saved plan as the editor's form, to edit a draft or to start again from it. */
export function fromPlan(plan: PlanFieldsFragment): PlanForm {
  return {
    personWishes: textOf(plan.personWishes),
    familyWishes: textOf(plan.familyWishes),
    policy: textOf(plan.policy),
    goals: plan.goals.map((g) => ({
      term: g.term,
      category: g.category,
      text: textOf(g.text),
      targetDate: g.targetDate ?? '',
      roles: g.roles.map((r) => ({ agencyId: r.agency.id, action: textOf(r.action), frequency: r.frequency })),
    })),
    participationReferral: plan.participationReferral,
    outreach: plan.outreach,
    leadAgencyId: plan.leadAgency?.id ?? '',
    nextReviewOn: plan.nextReviewOn ?? '',
  };
}

/**
 * Whether a text of the plan is withheld from the reader: editing such a plan would erase
 * what they cannot see, so it is shown, not edited.
 */
export function hasWithheldText(plan: PlanFieldsFragment): boolean {
  const texts: GuardedText[] = [plan.personWishes, plan.familyWishes, plan.policy, ...plan.goals.flatMap((g) => [g.text, ...g.roles.map((r) => r.action)])];
  return texts.some((text) => text?.redacted === true);
}
