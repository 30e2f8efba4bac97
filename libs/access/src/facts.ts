import type { ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
import type { SqlCondition } from './sql-conditions.js';

/**
 * The ports through which the contexts that own the tables tell the policy which facts hold.
 * Each returns a `SELECT <id> … LIMIT 1` subquery over the caller's query: `refs` are SQL
 * expressions of that query, parameter names start with `prefix`. The policy decides what
 * the facts mean together; the owners only say which rows exist.
 */

/** Who receives data, as consents name recipients. */
export interface Recipient {
  readonly agencyId: string;
  readonly sector: Sector;
  /** A COORDINATOR: the coordinating body (多機関協働事業者) that consents may name as such. */
  readonly coordinatingBody: boolean;
}

/** The reading user, as meetings and action items name them. */
export interface Reader {
  readonly userId: string;
  readonly agencyId: string;
}

/** One agency's data of one category about one case: the unit a basis covers. */
export interface DataRefs {
  readonly caseId: string;
  readonly providerAgencyId: string;
  readonly category: string;
}

export abstract class ConsentFacts {
  /**
   * The newest consent of `refs.caseId` in force at `at` that covers the provider's data
   * (APPI art. 27: the provider's consent) with a provision of `effect` covering the
   * recipient, the category and the purpose.
   */
  abstract matchingConsent(effect: ProvisionEffect, refs: DataRefs, recipient: Recipient, purpose: Purpose, at: Date, prefix: string): SqlCondition;
}

export interface MeetingRefs {
  readonly caseId: string;
  /** An agency that must be a member of the meeting too: whose data is shared through it. */
  readonly memberAgencyId?: string;
  /** Only this meeting (a read inside one conference), as a bound parameter value. */
  readonly conferenceId?: string;
  /**
   * The category of the item (an SQL expression): an agency outside the meeting that
   * accepted the chair's request for information shares that category through it.
   */
  readonly category?: string;
}

export abstract class MeetingFacts {
  /**
   * The newest 支援会議 (社会福祉法第106条の6) with `refs.caseId` on its agenda whose basis
   * holds for the reader at `at`: started and not cancelled, within the configured period
   * after its end, the reader's agency a member (or the reader its chair), the reader's
   * acknowledgement of confidentiality recorded; with `memberAgencyId`, that agency a member too.
   */
  abstract supportMeeting(refs: MeetingRefs, reader: Reader, at: Date, prefix: string): SqlCondition;

  /**
   * The cases on the agenda of every 支援会議 whose basis holds for the reader at `at`, as an
   * uncorrelated `SELECT <case id> …`: computed once per query, for lists over many cases.
   */
  abstract supportMeetingCaseIds(reader: Reader, at: Date, prefix: string): SqlCondition;

  /**
   * The 支援会議 (not cancelled) that decided an open action item on `refs.caseId` assigned
   * to the reader or their agency.
   */
  abstract actionItemMeeting(refs: Pick<MeetingRefs, 'caseId'>, reader: Reader, prefix: string): SqlCondition;
}

export abstract class EmergencyFacts {
  /**
   * The newest emergency access declaration (緊急時の閲覧, APPI art. 27(1)(ii) / 69(2)) in
   * force at `at` that the reader made on `refs.caseId` naming `refs.category`: declared, not
   * expired and not ended. A declaration covers its declarer only, whatever agency provides.
   */
  abstract activeDeclaration(refs: DataRefs, reader: Reader, at: Date, prefix: string): SqlCondition;
}
