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
  const entries: ProvisionEntry[] = [];
  let last: ProvisionEntry | undefined;
  for (const item of items) {
    if (!item.basis || item.basis === VisibilityBasis.OWN_AGENCY) continue;
    // Items come grouped by agency, so most belong to the entry the item before went to; the
    // rest look among the read's few entries. No key is built per item: on a case read of
    // 120 sections, building string keys for a Map was 3% of the read's CPU.
    let entry = last && sameProvision(last, item) ? last : entries.find((e) => sameProvision(e, item));
    if (!entry) {
      // Written out, not spread: on Node 20 each key after a spread costs about a microsecond.
      entry = {
        action: read.action,
        caseId: read.caseId,
        subjectName: read.subjectName,
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
      entries.push(entry);
    }
    last = entry;
    if (!entry.categories.includes(item.category)) entry.categories.push(item.category);
  }
  return entries;
}

type ProvisionEntry = AuditEntry & { categories: DataCategory[] };

// One provision: the same providing agency, basis, consent, meeting and emergency access.
function sameProvision(entry: ProvisionEntry, item: ShownItem): boolean {
  return (
    entry.providerAgencyId === item.providerAgencyId &&
    entry.basis === item.basis &&
    entry.consentId === item.consentId &&
    entry.conferenceId === item.conferenceId &&
    entry.emergencyAccessId === (item.emergencyAccessId ?? null)
  );
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
