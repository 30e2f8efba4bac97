import type { Actor } from '@renkei/access';
import { VisibilityBasis, type DataCategory } from '@renkei/kernel';
import type { AuditEntry } from './audit-trail.js';

/** One item of another agency's data a read decided on: whose, which category, on which basis. */
export interface ShownItem {
  readonly providerAgencyId: string;
  readonly category: DataCategory;
  readonly basis: VisibilityBasis | null;
  readonly consentId: string | null;
  readonly conferenceId: string | null;
  /** The emergency access declaration, for an item shown on basis BREAK_GLASS. */
  readonly emergencyAccessId?: string | null;
}

/**
 * The provisions (提供記録) a read made: one entry per providing agency, basis, consent and
 * meeting, listing the categories shown. Withheld items and the reader's own agency's data
 * are not provisions.
 */
export function provisionsShown(actor: Actor, read: { action: string; caseId: string; subjectName: string }, items: readonly ShownItem[]): AuditEntry[] {
  const groups = new Map<string, AuditEntry & { categories: DataCategory[] }>();
  for (const item of items) {
    if (!item.basis || item.basis === VisibilityBasis.OWN_AGENCY) continue;
    const key = `${item.providerAgencyId}|${item.basis}|${item.consentId ?? ''}|${item.conferenceId ?? ''}|${item.emergencyAccessId ?? ''}`;
    let entry = groups.get(key);
    if (!entry) {
      entry = {
        ...read,
        basis: item.basis,
        consentId: item.consentId,
        conferenceId: item.conferenceId,
        emergencyAccessId: item.emergencyAccessId ?? null,
        providerAgencyId: item.providerAgencyId,
        recipientAgencyId: actor.agencyId,
        recipientUserId: actor.userId,
        categories: [],
        provision: true,
      };
      groups.set(key, entry);
    }
    if (!entry.categories.includes(item.category)) entry.categories.push(item.category);
  }
  return [...groups.values()];
}

/** An item a read of several cases decided on, with the case it is of. */
export interface ShownCaseItem extends ShownItem {
  readonly caseId: string;
  readonly subjectName: string;
}

/**
 * {@link provisionsShown} for a read of several cases at once (a list): what each case shows
 * is that case's provision, recorded under its own case and person.
 */
export function provisionsShownByCase(actor: Actor, action: string, items: readonly ShownCaseItem[]): AuditEntry[] {
  const byCase = new Map<string, ShownCaseItem[]>();
  for (const item of items) {
    const shown = byCase.get(item.caseId);
    if (shown) shown.push(item);
    else byCase.set(item.caseId, [item]);
  }
  return [...byCase].flatMap(([caseId, shown]) => provisionsShown(actor, { action, caseId, subjectName: shown[0]?.subjectName ?? '' }, shown));
}
