import type { ReferralEndReason, ReferralStatus } from '../../gql/enums';
import type { ReferToResourceInput, UpdateReferralProgressMutationVariables } from '../../gql/graphql';
import { startOfDay, todayInJapan } from '../cases/consents/consent-input';
import { maySetSharedWithHost, needsEndReason } from './referral-status';

// The referral forms' checks, made before sending as the server makes them (its limits,
// ReferToResourceInput / updateReferral), and the variables they send.

export type ReferralFormError = 'errResource' | 'errFuture' | 'errDate' | 'errNoteTooLong' | 'errSharedTooLong' | 'errEndReason' | 'errNoteForOther';

const NOTE_MAX = 2000;
const SHARED_MAX = 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Follow-ups are calendar days in Japan time: a task falls due as that day begins (00:00 JST), as plan reviews do. */
export interface FollowUpDays {
  readonly followUpOn: string;
  readonly hostFollowUpOn: string;
}

export interface ReferForm extends FollowUpDays {
  readonly resourceId: string | null;
  readonly note: string;
  readonly sharedWithHost: string;
  readonly planRoleId: string;
}

export interface ProgressForm extends FollowUpDays {
  readonly status: ReferralStatus | '';
  readonly endReason: ReferralEndReason | '';
  readonly note: string;
  readonly sharedWithHost: string;
}

export type FormErrors<F> = Partial<Record<keyof F, ReferralFormError>>;

/** A follow-up day must still be ahead: the server takes only future instants. */
function dayError(day: string, now: Date): ReferralFormError | undefined {
  if (!day) return undefined;
  if (!DAY.test(day)) return 'errDate';
  return day > todayInJapan(now) ? undefined : 'errFuture';
}

/** The next day in Japan after `now` (the earliest follow-up), as YYYY-MM-DD. */
export function tomorrowInJapan(now = new Date()): string {
  return todayInJapan(new Date(now.getTime() + 86_400_000));
}

const instantOf = (day: string) => (day ? startOfDay(day) : null);

function withoutUndefined<T extends object>(errors: T): T {
  return Object.fromEntries(Object.entries(errors).filter(([, value]) => value !== undefined)) as T;
}

export function checkRefer(form: ReferForm, now = new Date()): FormErrors<ReferForm> {
  return withoutUndefined<FormErrors<ReferForm>>({
    resourceId: form.resourceId ? undefined : 'errResource',
    note: form.note.length > NOTE_MAX ? 'errNoteTooLong' : undefined,
    sharedWithHost: form.sharedWithHost.length > SHARED_MAX ? 'errSharedTooLong' : undefined,
    followUpOn: dayError(form.followUpOn, now),
    hostFollowUpOn: dayError(form.hostFollowUpOn, now),
  });
}

export function referInput(caseId: string, form: ReferForm & { resourceId: string }): ReferToResourceInput {
  return {
    caseId,
    resourceId: form.resourceId,
    note: form.note.trim(),
    sharedWithHost: form.sharedWithHost.trim() || null,
    followUpAt: instantOf(form.followUpOn),
    hostFollowUpAt: instantOf(form.hostFollowUpOn),
    planRoleId: form.planRoleId || null,
  };
}

export function checkProgress(form: ProgressForm, now = new Date()): FormErrors<ProgressForm> {
  const ending = form.status !== '' && needsEndReason(form.status);
  return withoutUndefined<FormErrors<ProgressForm>>({
    endReason: ending && !form.endReason ? 'errEndReason' : undefined,
    note: form.note.length > NOTE_MAX ? 'errNoteTooLong' : ending && form.endReason === 'OTHER' && !form.note.trim() ? 'errNoteForOther' : undefined,
    sharedWithHost: form.sharedWithHost.length > SHARED_MAX ? 'errSharedTooLong' : undefined,
    followUpOn: ending ? undefined : dayError(form.followUpOn, now),
    hostFollowUpOn: ending ? undefined : dayError(form.hostFollowUpOn, now),
  });
}

/**
 * One step of the referral, against the version the form was opened on (a stale one is a
 * CONFLICT). An ending step sends no new follow-ups (the server completes the open ones);
 * what the host may know is sent only while it may still change.
 */
export function progressVariables(
  referral: { readonly id: string; readonly version: number; readonly status: ReferralStatus },
  form: ProgressForm & { status: ReferralStatus },
): UpdateReferralProgressMutationVariables {
  const ending = needsEndReason(form.status);
  return {
    id: referral.id,
    status: form.status,
    expectedVersion: referral.version,
    note: form.note.trim() || null,
    endReason: ending && form.endReason ? form.endReason : null,
    followUpAt: ending ? null : instantOf(form.followUpOn),
    hostFollowUpAt: ending ? null : instantOf(form.hostFollowUpOn),
    sharedWithHost: maySetSharedWithHost(referral.status) ? form.sharedWithHost.trim() : null,
  };
}
