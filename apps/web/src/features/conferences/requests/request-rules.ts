import { z } from 'zod';
import type { BadgeTone } from '../../../ui/Badge';
import type { ConferenceRequestKind, ConferenceRequestStatus, DataCategory } from '../../../gql/enums';

// What the request screens decide without the server: who may still be asked, how an answer
// is checked before it is sent, and in which order requests are read.

interface AgencyRef {
  readonly id: string;
}

interface RequestRef {
  readonly kind: ConferenceRequestKind;
  readonly status: ConferenceRequestStatus;
  readonly agency: AgencyRef;
}

/**
 * 出席の依頼: the municipality's agencies that are not members yet and have no attendance
 * request waiting (the server refuses a member with CONFLICT; a second request is noise).
 */
export function attendanceCandidates<A extends AgencyRef>(agencies: readonly A[], members: readonly AgencyRef[], requests: readonly RequestRef[]): A[] {
  const taken = new Set([...members.map((agency) => agency.id), ...requests.filter((r) => r.kind === 'ATTENDANCE' && r.status === 'PENDING').map((r) => r.agency.id)]);
  return agencies.filter((agency) => !taken.has(agency.id));
}

/** 情報提供の依頼: the case team's agencies other than the chair's own (it reads its own summary already). */
export function informationCandidates<A extends AgencyRef>(team: readonly A[], chairAgencyId: string): A[] {
  return team.filter((agency) => agency.id !== chairAgencyId);
}

export const statusTone: Record<ConferenceRequestStatus, BadgeTone> = { PENDING: 'warning', ACCEPTED: 'success', DECLINED: 'neutral' };

/** Oldest first, as a record reads; the waiting ones by their due date in the inbox. */
export function byRequestedAt<R extends { readonly requestedAt: string }>(requests: readonly R[]): R[] {
  return [...requests].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

export function byDue<R extends { readonly requestedAt: string; readonly dueAt?: string | null }>(requests: readonly R[]): R[] {
  // No due date sorts last; the same due date, the older request first.
  const key = (request: R) => request.dueAt ?? '9999';
  return [...requests].sort((a, b) => key(a).localeCompare(key(b)) || a.requestedAt.localeCompare(b.requestedAt));
}

/** The answer form: 承諾 or 辞退; 辞退 needs its reason, sharing information at least one section. */
export const answerSchema = z
  .object({
    decision: z.enum(['accept', 'decline']),
    reason: z.string(),
    categories: z.array(z.custom<DataCategory>((value) => typeof value === 'string')),
    information: z.boolean(),
  })
  .superRefine((answer, context) => {
    if (answer.decision === 'decline' && !answer.reason.trim()) context.addIssue({ code: 'custom', path: ['reason'], message: 'reason' });
    if (answer.decision === 'accept' && answer.information && answer.categories.length === 0) context.addIssue({ code: 'custom', path: ['categories'], message: 'categories' });
  });
export type Answer = z.infer<typeof answerSchema>;

/** The form's first state: accepting, with every requested section ticked. */
export function initialAnswer(request: { readonly kind: ConferenceRequestKind; readonly categories: readonly DataCategory[] }): Answer {
  return { decision: 'accept', reason: '', categories: [...request.categories], information: request.kind === 'INFORMATION' };
}

/** answerConferenceRequest's variables: a decline carries only its reason, an accepted attendance nothing more. */
export function answerVariables(id: string, answer: Answer): { id: string; accept: boolean; reason?: string; categories?: DataCategory[] } {
  if (answer.decision === 'decline') return { id, accept: false, reason: answer.reason.trim() };
  return answer.information ? { id, accept: true, categories: answer.categories } : { id, accept: true };
}

/**
 * The inbox after a conferenceRequestEvents event: a request to my agency still waiting is put
 * on (or replaced), an answered one leaves it; the chair's copies of other agencies' are ignored.
 */
export function applyRequestEvent<R extends { readonly id: string; readonly status: ConferenceRequestStatus; readonly agency: AgencyRef }>(inbox: readonly R[], event: R, myAgencyId: string): readonly R[] {
  if (event.agency.id !== myAgencyId) return inbox;
  const others = inbox.filter((request) => request.id !== event.id);
  return event.status === 'PENDING' ? [...others, event] : others;
}
