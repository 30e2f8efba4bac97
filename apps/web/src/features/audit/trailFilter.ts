import { z } from 'zod';
import type { AuditEventFilter } from '../../gql/graphql';

const id = z.union([z.literal(''), z.string().trim().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)]);
const day = z.union([z.literal(''), z.iso.date()]);

/** The filter form: empty fields mean "any"; dates are whole days in Japan time, both inclusive. */
export const trailFilterSchema = z
  .object({ action: z.string(), actorId: id, caseId: id, from: day, to: day })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'] });

export type TrailFilterForm = z.infer<typeof trailFilterSchema>;

export const EMPTY_FILTER: TrailFilterForm = { action: '', actorId: '', caseId: '', from: '', to: '' };

/** The day after a YYYY-MM-DD date, for the API's exclusive end. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export function toApiFilter(form: TrailFilterForm): AuditEventFilter {
  return {
    ...(form.action ? { action: form.action } : {}),
    ...(form.actorId ? { actorId: form.actorId.trim() } : {}),
    ...(form.caseId ? { caseId: form.caseId.trim() } : {}),
    ...(form.from ? { from: `${form.from}T00:00:00+09:00` } : {}),
    ...(form.to ? { to: `${nextDay(form.to)}T00:00:00+09:00` } : {}),
  };
}
