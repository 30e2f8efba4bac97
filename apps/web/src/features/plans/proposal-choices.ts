import type { ConferenceKind, ConferenceStatus } from '../../gql/enums';

interface ConferenceChoice {
  readonly kind: ConferenceKind;
  readonly status: ConferenceStatus;
  readonly scheduledAt: string;
  readonly chair: { readonly id: string };
  readonly agenda: ReadonlyArray<{ readonly caseId?: string | null }>;
}

/**
 * The meetings a plan may be proposed to by this user: their own 重層的支援会議 still to be
 * held or being held, soonest first; those with the case on the agenda apart from the rest.
 */
export function proposalChoices<C extends ConferenceChoice>(conferences: readonly C[], caseId: string, chairId: string): { onAgenda: C[]; others: C[] } {
  const open = conferences
    .filter((c) => c.kind === 'MULTI_AGENCY_MEETING' && (c.status === 'SCHEDULED' || c.status === 'IN_PROGRESS') && c.chair.id === chairId)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const listed = (c: C) => c.agenda.some((item) => item.caseId === caseId);
  return { onAgenda: open.filter(listed), others: open.filter((c) => !listed(c)) };
}

const DAY = 86_400_000;

/** From yesterday (a meeting still running) to a quarter ahead: where a plan is proposed. */
export function proposalRange(now = Date.now()): { from: string; to: string } {
  return { from: new Date(now - DAY).toISOString(), to: new Date(now + 90 * DAY).toISOString() };
}
