import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import type { CommunityActivityKind } from '../../gql/enums';
import type { CommunityActivityInput } from '../../gql/graphql';
import { todayInJapan } from '../cases/consents/consent-input';
import { isDay } from './period';

// The 活動を記録する form and its mapping to the API's CommunityActivityInput. Participants are a
// number, never a list of residents (地域づくり is reported as counts). The form mirrors the input
// (bodies.0.name for bodies.0), so a field the server refuses is marked where it is typed.

export const MAX_PLACE = 200;
export const MAX_BODY = 100;
export const MAX_BODIES = 30;
export const MAX_NOTE = 2000;
export const MAX_PARTICIPANTS = 100_000;
export const MAX_RESOURCES = 20;

/** The keys of this form's check messages (messages.ts `m`). */
export type ActivityFormError = 'errRequired' | 'errTooLong' | 'errDate' | 'errFuture' | 'errCount' | 'errKind' | 'errDuplicateBody' | 'errTooManyBodies' | 'errTooManyResources';

/** A linked resource as the form holds it: its id for the API, its name to show. */
export interface LinkedResource {
  readonly id: string;
  readonly name: string;
}

export const activityFormSchema = z
  .object({
    heldOn: z.string().refine(isDay, 'errDate').refine((day) => day <= todayInJapan(), 'errFuture'),
    place: z.string().trim().min(1, 'errRequired').max(MAX_PLACE, 'errTooLong'),
    kind: z.string().min(1, 'errKind'),
    participantCount: z
      .string()
      .trim()
      .refine((text) => /^\d+$/.test(text) && Number(text) <= MAX_PARTICIPANTS, 'errCount'),
    bodies: z.array(z.object({ name: z.string().trim().min(1, 'errRequired').max(MAX_BODY, 'errTooLong') })).max(MAX_BODIES, 'errTooManyBodies'),
    resources: z.array(z.object({ id: z.string(), name: z.string() })).max(MAX_RESOURCES, 'errTooManyResources'),
    note: z.string().trim().max(MAX_NOTE, 'errTooLong'),
  })
  .superRefine((form, ctx) => {
    // The same body twice would count once in the totals: say so where it is typed again.
    const seen = new Set<string>();
    form.bodies.forEach((body, index) => {
      const key = body.name.trim().normalize('NFKC');
      if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['bodies', index, 'name'], message: 'errDuplicateBody' });
      seen.add(key);
    });
  });

export type ActivityForm = z.infer<typeof activityFormSchema>;

export function emptyActivityForm(today = todayInJapan()): ActivityForm {
  return { heldOn: today, place: '', kind: '', participantCount: '', bodies: [], resources: [], note: '' };
}

/** What recordCommunityActivity and updateCommunityActivity receive for a checked form. */
export function toActivityInput(form: ActivityForm): CommunityActivityInput {
  return {
    heldOn: form.heldOn,
    place: form.place.trim(),
    kind: form.kind as CommunityActivityKind,
    participantCount: Number(form.participantCount.trim()),
    bodies: form.bodies.map((body) => body.name.trim()),
    resourceIds: form.resources.map((resource) => resource.id),
    note: form.note.trim(),
  };
}

/** What the form needs of a saved activity. */
export interface SavedActivity {
  readonly heldOn: string;
  readonly place: string;
  readonly kind: CommunityActivityKind;
  readonly participantCount: number;
  readonly bodies: readonly string[];
  readonly resources: readonly LinkedResource[];
  readonly note: string;
}

/** A saved activity as the form. */
export function fromActivity(activity: SavedActivity): ActivityForm {
  return {
    heldOn: activity.heldOn,
    place: activity.place,
    kind: activity.kind,
    participantCount: String(activity.participantCount),
    bodies: activity.bodies.map((name) => ({ name })),
    resources: activity.resources.map(({ id, name }) => ({ id, name })),
    note: activity.note,
  };
}

const SCALAR_FIELDS = ['heldOn', 'place', 'kind', 'participantCount', 'note'] as const;

/** The form field where the server's refusal of `path` (input.bodies.1, …) is shown, or null. */
export function fieldOfViolation(path: string): FieldPath<ActivityForm> | null {
  const [head, index] = path.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1').split('.');
  if (head === 'bodies') return index !== undefined && /^\d+$/.test(index) ? `bodies.${Number(index)}.name` : 'bodies';
  if (head === 'resourceIds') return 'resources';
  return SCALAR_FIELDS.find((field) => field === head) ?? null;
}
