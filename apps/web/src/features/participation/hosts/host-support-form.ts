import { z } from 'zod';
import type { HostSupportKind } from '../../../gql/enums';
import type { RecordHostSupportInput } from '../../../gql/graphql';
import { todayInJapan } from '../../cases/consents/consent-input';
import { isDay } from '../../community/period';

// The 支援を記録する form on a resource's page and its mapping to RecordHostSupportInput.

export const MAX_NOTE = 2000;

/** The keys of this form's check messages (messages.ts `m`). */
export type HostSupportFormError = 'errRequired' | 'errTooLong' | 'errDate' | 'errFuture' | 'errKind';

export const hostSupportFormSchema = z.object({
  kind: z.string().min(1, 'errKind'),
  supportedOn: z.string().refine(isDay, 'errDate').refine((day) => day <= todayInJapan(), 'errFuture'),
  note: z.string().trim().min(1, 'errRequired').max(MAX_NOTE, 'errTooLong'),
  needsFollowUp: z.boolean(),
});

export type HostSupportForm = z.infer<typeof hostSupportFormSchema>;

export function emptyHostSupportForm(today = todayInJapan()): HostSupportForm {
  return { kind: '', supportedOn: today, note: '', needsFollowUp: false };
}

/** What recordHostSupport receives for a checked form. */
export function toRecordHostSupportInput(resourceId: string, form: HostSupportForm): RecordHostSupportInput {
  return { resourceId, kind: form.kind as HostSupportKind, supportedOn: form.supportedOn, note: form.note.trim(), needsFollowUp: form.needsFollowUp };
}
