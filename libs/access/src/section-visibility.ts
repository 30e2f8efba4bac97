import { ProvisionEffect, type Purpose, type Sector } from '@renkei/kernel';
import type { Actor } from './actor.js';
import type { SqlCondition } from './sql-conditions.js';

/**
 * SQL expressions, in the caller's query, for the section being decided. `caseId` and
 * `category` are all that {@link SectionVisibilitySql.consentRelied} may refer to; the
 * query evaluates that once per category and offers its value as `consentRelied`.
 */
export interface SectionRefs {
  readonly caseId: string;
  readonly category: string;
  readonly authorAgencyId: string;
  readonly consentRelied: string;
}

/**
 * The port through which the consent context (which owns the tables) tells the policy
 * which consents apply. The policy decides what they mean together.
 */
export interface ConsentProvisionSource {
  /**
   * A `SELECT <consent id> … LIMIT 1` over the consents of `refs.caseId` in force at `at`
   * with a provision of `effect` covering the recipient (by agency or sector), the
   * category and the purpose; newest consent first. Parameter names start with `prefix`.
   */
  matchingConsent(
    effect: ProvisionEffect,
    refs: Pick<SectionRefs, 'caseId' | 'category'>,
    recipient: { agencyId: string; sector: Sector },
    purpose: Purpose,
    at: Date,
    prefix: string,
  ): SqlCondition;
}

/**
 * The decision in two steps. Consent depends only on the case and the category, so it is
 * decided once per category, not once per section (ten agencies' summaries hold ten
 * sections of each category); the section's own rule then needs no subquery.
 */
export interface SectionVisibilitySql {
  /** Per category: the consent the reader may rely on, NULL when none permits or one denies. */
  readonly consentRelied: string;
  /** Per section: its basis, NULL when it is redacted. */
  readonly basis: string;
  /** Per section: the consent its basis rests on, if any. */
  readonly consentId: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * When another agency's section is visible, as SQL, so redacted bodies never leave the
 * database: an agency always sees its own sections; otherwise a consent in force must
 * permit the reader's agency or sector, for the category and the purpose, and no consent
 * in force may deny the same (DENY beats PERMIT); or, inside a 支援会議 whose basis holds for
 * the reader, every section of the cases on its agenda.
 */
export function sectionVisibilitySql(
  actor: Actor,
  refs: SectionRefs,
  consents: ConsentProvisionSource,
  purpose: Purpose,
  at: Date,
  supportMeeting: boolean,
): SectionVisibilitySql {
  const recipient = { agencyId: actor.agencyId, sector: actor.sector };
  const permit = consents.matchingConsent(ProvisionEffect.PERMIT, refs, recipient, purpose, at, 'sv_permit_');
  const deny = consents.matchingConsent(ProvisionEffect.DENY, refs, recipient, purpose, at, 'sv_deny_');
  const own = `${refs.authorAgencyId} = :sv_reader_agency`;
  return {
    consentRelied: `CASE WHEN NOT EXISTS (${deny.sql}) THEN (${permit.sql}) END`,
    // Consent first: where the person agreed, that is the basis on record. A 支援会議 basis
    // (decided by supportMeetingBasisHolds) stands without consent, and so also past a DENY.
    basis: `CASE WHEN ${own} THEN 'OWN_AGENCY' WHEN ${refs.consentRelied} IS NOT NULL THEN 'CONSENT'${supportMeeting ? ` ELSE 'SUPPORT_MEETING'` : ''} END`,
    consentId: `CASE WHEN NOT ${own} THEN ${refs.consentRelied} END`,
    params: { ...permit.params, ...deny.params, sv_reader_agency: actor.agencyId },
  };
}
