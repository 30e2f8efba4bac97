import { ProvisionEffect, Role, type Purpose } from '@renkei/kernel';
import type { Actor } from './actor.js';
import type { ConsentFacts, DataRefs, EmergencyFacts, MeetingFacts } from './facts.js';

/** Where a read happens: its purpose, and inside which conference if any. */
export interface ReadScope {
  readonly purpose: Purpose;
  /** A read inside one conference: only that meeting can give the 支援会議 basis. */
  readonly conferenceId?: string;
}

/** The scope as text, for keeping apart what was read for different scopes (a batch per scope). */
export function readScopeKey(scope: ReadScope): string {
  return `${scope.purpose}:${scope.conferenceId ?? ''}`;
}

/**
 * The decision for one item of a person's data (an agency's data of one category), as SQL of
 * the caller's query. The caller joins `LEFT JOIN LATERAL (${facts}) <alias> ON TRUE` once per
 * item, then selects `basis(alias)`, `consentId(alias)`, `conferenceId(alias)` and
 * `emergencyAccessId(alias)`, and the item's content only where the basis is not NULL: a
 * withheld item never leaves the database.
 */
export interface DataVisibilitySql {
  readonly facts: string;
  basis(alias: string): string;
  consentId(alias: string): string;
  conferenceId(alias: string): string;
  /** The emergency access declaration a BREAK_GLASS basis rests on (null on any other basis). */
  emergencyAccessId(alias: string): string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface DataVisibilityInput {
  readonly actor: Actor;
  readonly refs: DataRefs;
  readonly scope: ReadScope;
  readonly at: Date;
  readonly prefix: string;
  /**
   * The person's identity (the case record): the assignee of an open action item of a
   * 支援会議 keeps seeing who the person is — one cannot visit a person one may not name.
   */
  readonly identity?: boolean;
}

/**
 * Another agency's data is a provision to a third party and needs a basis (APPI art. 27;
 * 社会福祉法第106条の6):
 * - the reader's own agency's data is its own (OWN_AGENCY, not a provision);
 * - CONSENT: a consent in force covering the provider's data permits the reader (agency,
 *   sector, or the coordinating body) for the category and purpose, and none denies it;
 * - SUPPORT_MEETING: a 支援会議 whose basis holds for the reader, of which the provider is a
 *   member too (the members share what they hold, nothing of agencies outside it);
 * - for the identity only, SUPPORT_MEETING: an open action item the reader was given by one;
 * - BREAK_GLASS: the reader's own emergency access declaration in force on the case naming the
 *   category (APPI art. 27(1)(ii) / 69(2)), the last resort, reviewed afterwards.
 * Consent comes first: where the person agreed, that is the basis on record.
 */
export function dataVisibilitySql(consents: ConsentFacts, meetings: MeetingFacts, emergencies: EmergencyFacts, input: DataVisibilityInput): DataVisibilitySql {
  const { actor, refs, scope, at, prefix } = input;
  const recipient = { agencyId: actor.agencyId, sector: actor.sector, coordinatingBody: actor.roles.includes(Role.COORDINATOR) };
  const reader = { userId: actor.userId, agencyId: actor.agencyId };
  const permit = consents.matchingConsent(ProvisionEffect.PERMIT, refs, recipient, scope.purpose, at, `${prefix}permit_`);
  const deny = consents.matchingConsent(ProvisionEffect.DENY, refs, recipient, scope.purpose, at, `${prefix}deny_`);
  const meetingRefs = { caseId: refs.caseId, memberAgencyId: refs.providerAgencyId, category: refs.category, ...(scope.conferenceId ? { conferenceId: scope.conferenceId } : {}) };
  const meeting = meetings.supportMeeting(meetingRefs, reader, at, `${prefix}meeting_`);
  const actionItem = input.identity ? meetings.actionItemMeeting({ caseId: refs.caseId }, reader, `${prefix}action_`) : null;
  const emergency = emergencies.activeDeclaration(refs, reader, at, `${prefix}emergency_`);
  const own = `${refs.providerAgencyId} = :${prefix}reader_agency`;
  const columns = [`CASE WHEN NOT EXISTS (${deny.sql}) THEN (${permit.sql}) END AS consent_id`, `(${meeting.sql}) AS meeting_id`, `(${emergency.sql}) AS emergency_access_id`];
  if (actionItem) columns.push(`(${actionItem.sql}) AS action_item_meeting_id`);
  const meetingOf = (a: string) => (actionItem ? `COALESCE(${a}.meeting_id, ${a}.action_item_meeting_id)` : `${a}.meeting_id`);
  const basis = (a: string) =>
    `CASE WHEN ${own} THEN 'OWN_AGENCY' WHEN ${a}.consent_id IS NOT NULL THEN 'CONSENT' WHEN ${meetingOf(a)} IS NOT NULL THEN 'SUPPORT_MEETING' WHEN ${a}.emergency_access_id IS NOT NULL THEN 'BREAK_GLASS' END`;
  return {
    facts: `SELECT ${columns.join(', ')}`,
    basis,
    consentId: (a) => `CASE WHEN NOT ${own} THEN ${a}.consent_id END`,
    conferenceId: (a) => `CASE WHEN NOT ${own} AND ${a}.consent_id IS NULL THEN ${meetingOf(a)} END`,
    emergencyAccessId: (a) => `CASE WHEN NOT ${own} AND ${a}.consent_id IS NULL AND ${meetingOf(a)} IS NULL THEN ${a}.emergency_access_id END`,
    params: { ...permit.params, ...deny.params, ...meeting.params, ...emergency.params, ...(actionItem?.params ?? {}), [`${prefix}reader_agency`]: actor.agencyId },
  };
}
