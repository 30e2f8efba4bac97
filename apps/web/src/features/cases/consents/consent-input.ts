import { z } from 'zod';
import type { DataCategory, ProvisionEffect, Purpose } from '../../../gql/enums';
import type { ConsentProvisionInput } from '../../../gql/graphql';

// Dates are entered as calendar days in Japan time, as on the paper form; the API takes instants.
const JST = '+09:00';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Japan (YYYY-MM-DD), whatever the device's zone. */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}

/** The start of a Japanese calendar day, as an instant. */
export const startOfDay = (day: string) => `${day}T00:00:00${JST}`;
/** The last second of a Japanese calendar day: a consent "until 31 March" counts all that day. */
export const endOfDay = (day: string) => `${day}T23:59:59${JST}`;

/** A cell of the grid: one recipient agency and one kind of information. */
export const cellKey = (agencyId: string, category: DataCategory) => `${agencyId}|${category}`;
export type CellChoice = '' | ProvisionEffect;

export const consentFormSchema = z
  .object({
    method: z.string().min(1, 'errMethod'),
    obtainedAt: z.string().regex(DAY, 'errDate'),
    validFrom: z.string().regex(DAY, 'errDate'),
    validUntil: z.union([z.literal(''), z.string().regex(DAY, 'errDate')]),
    evidenceNote: z.string().max(2000, 'errTooLong'),
    providerAgencyIds: z.array(z.string()),
    purposes: z.array(z.string()).min(1, 'errPurposes'),
    cells: z.record(z.string(), z.enum(['', 'PERMIT', 'DENY'])),
  })
  .superRefine((form, ctx) => {
    if (DAY.test(form.obtainedAt) && form.obtainedAt > todayInJapan()) ctx.addIssue({ code: 'custom', path: ['obtainedAt'], message: 'errFuture' });
    if (form.validUntil && form.validUntil < form.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'errUntil' });
    if (!Object.values(form.cells).some(Boolean)) ctx.addIssue({ code: 'custom', path: ['cells'], message: 'errCells' });
  });
export type ConsentForm = z.infer<typeof consentFormSchema>;
export type ConsentFormError = 'errMethod' | 'errDate' | 'errFuture' | 'errUntil' | 'errPurposes' | 'errCells' | 'errTooLong';

/**
 * The grid as the API's provisions: per recipient agency, one PERMIT and one DENY provision
 * with the categories chosen so, all for the purposes chosen.
 */
export function provisionsOf(cells: Record<string, CellChoice>, purposes: readonly Purpose[]): ConsentProvisionInput[] {
  const byRecipient = new Map<string, ConsentProvisionInput>();
  for (const [key, effect] of Object.entries(cells)) {
    if (!effect) continue;
    const [agencyId, category] = key.split('|') as [string, DataCategory];
    const group = `${agencyId}|${effect}`;
    const provision = byRecipient.get(group) ?? { effect, recipientAgencyIds: [agencyId], recipientSectors: [], dataCategories: [], purposes: [...purposes] };
    provision.dataCategories = [...provision.dataCategories, category];
    byRecipient.set(group, provision);
  }
  return [...byRecipient.values()];
}
