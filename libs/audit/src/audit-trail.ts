import { hash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { Clock, type DataCategory, type VisibilityBasis } from '@renkei/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupAppend } from './group-append.js';

/** What a context says happened; who and when are added by the trail. */
export interface AuditEntry {
  action: string;
  caseId?: string | null;
  subjectName?: string | null;
  categories?: DataCategory[];
  basis?: VisibilityBasis | null;
  consentId?: string | null;
  conferenceId?: string | null;
  /** The emergency access declaration (緊急時の閲覧) a BREAK_GLASS provision rests on. */
  emergencyAccessId?: string | null;
  providerAgencyId?: string | null;
  recipientAgencyId?: string | null;
  recipientUserId?: string | null;
  details?: Record<string, unknown>;
  /**
   * A provision to a third party (提供記録). Repeats of the same items of the same person to
   * the same recipient on the same basis on one day (Asia/Tokyo) are combined into that day's
   * record: when the sequencer links them, in chain order, a read's repeats become one entry
   * of the trail naming the records they repeat (see `combineRepeats`).
   */
  provision?: boolean;
}

/** Who did it: an actor, or the system (start-up provisioning) in a municipality. */
export type AuditActor = Actor | { readonly system: true; readonly municipalityId: string };

/**
 * Appends to a municipality's audit trail inside the caller's transaction, so an entry
 * exists exactly when the change it records does. An append is one row of the trail's inbox
 * (`audit_appends`), its entries as JSON, however many: a read that provides ten agencies'
 * data writes one row, not ten. A read outside a transaction appends before it returns,
 * grouped with the other reads' of that moment into one statement ({@link GroupAppend}).
 * Writers never wait for the chain: the {@link AuditSequencer} moves the entries into it,
 * linked (and combines a day's repeated provisions), within its interval.
 */
@Injectable()
export class AuditTrail {
  private readonly standalone: GroupAppend<string>;

  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
    dataSource: DataSource,
  ) {
    this.standalone = new GroupAppend((rows) => appendRows(dataSource.manager, rows));
  }

  async record(actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const occurredAt = this.clock.now();
    const rows = entries.map((entry): AuditRow => ({
      id: randomUUID(),
      municipality_id: actor.municipalityId,
      occurred_at: occurredAt.toISOString(),
      actor_user_id: 'system' in actor ? null : actor.userId,
      actor_agency_id: 'system' in actor ? null : actor.agencyId,
      action: entry.action,
      case_id: entry.caseId ?? null,
      subject_name: entry.subjectName ?? null,
      categories: entry.categories ?? [],
      basis: entry.basis ?? null,
      consent_id: entry.consentId ?? null,
      conference_id: entry.conferenceId ?? null,
      emergency_access_id: entry.emergencyAccessId ?? null,
      provider_agency_id: entry.providerAgencyId ?? null,
      recipient_agency_id: entry.recipientAgencyId ?? null,
      recipient_user_id: entry.recipientUserId ?? null,
      details: entry.details ?? {},
      provision_key: entry.provision ? provisionKey(entry, actor, occurredAt) : null,
    }));
    // On the path of every read that provides data: one fixed statement, every entry in one
    // JSON parameter, with neither a query builder nor a transaction of its own.
    const append = [appendJson(actor.municipalityId, rows)];
    if (this.tx.inTransaction) await appendRows(this.tx.manager, append);
    else await this.standalone.append(append);
  }
}

/** Appends, each the JSON of one inbox row, in one statement. */
async function appendRows(manager: EntityManager, appends: readonly string[]): Promise<void> {
  await manager.query(APPEND, [`[${appends.join(',')}]`]);
}

/**
 * One append as JSON: one inbox row. The inbox keeps entries as JSON; the chain's columns
 * type them when the sequencer links them. What the entries all hold (who, when, and for a
 * read of a case whose it is and who got it) is written once, in `shared`; each entry keeps
 * the rest ({@link sharedOnce}). What the code appends is typed already (ids and times from
 * PostgreSQL and the clock, enums, names no longer than their columns); the one value the
 * chain would refuse that free text could carry is a NUL character, which jsonb does not
 * take. It fails the append here, and so the read or change: an entry the sequencer could not
 * link would hold up the chain.
 */
export function appendJson(municipalityId: string, entries: readonly AuditRow[]): string {
  const json = JSON.stringify({ municipality_id: municipalityId, ...sharedOnce(entries) });
  if (ESCAPED_NUL.test(json)) throw new Error('An audit entry holds a NUL character, which the trail cannot keep');
  return json;
}

/**
 * An append's entries with the plain values they all hold taken out into `shared`, once: a
 * read providing ten agencies' sections names its reader, the time, the case and its subject
 * once, not ten times. Less to write on the read's path, to keep and to read back (8.4 KB of
 * JSON for that read became 3.5 KB). An entry is its append's `shared` overlaid by its own.
 */
export function sharedOnce(entries: readonly AuditRow[]): { shared: Partial<AuditRow>; entries: Partial<AuditRow>[] } {
  const [first, ...rest] = entries;
  const shared: Record<string, unknown> = {};
  const own: (keyof AuditRow)[] = [];
  // Plain loops: on the path of every read, where Object.entries and fromEntries cost twice the JSON's writing.
  for (const key in first) {
    const value = first[key as keyof AuditRow];
    if ((value === null || typeof value !== 'object') && rest.every((entry) => entry[key as keyof AuditRow] === value)) shared[key] = value;
    else own.push(key as keyof AuditRow);
  }
  return {
    shared,
    entries: entries.map((entry) => {
      const values: Record<string, unknown> = {};
      for (const key of own) values[key] = entry[key];
      return values;
    }),
  };
}

// \u0000 as JSON.stringify writes a NUL: after an even number of backslashes (a text's own "\u0000" is written \\u0000).
const ESCAPED_NUL = /(?<!\\)(?:\\\\)*\\u0000/;

/** One entry as the inbox keeps it: the chain's columns but its place, as PostgreSQL gives them back (lower-case ids, ISO times to the millisecond). */
export interface AuditRow {
  id: string;
  municipality_id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  action: string;
  case_id: string | null;
  subject_name: string | null;
  categories: DataCategory[];
  basis: VisibilityBasis | null;
  consent_id: string | null;
  conference_id: string | null;
  emergency_access_id: string | null;
  provider_agency_id: string | null;
  recipient_agency_id: string | null;
  recipient_user_id: string | null;
  details: Record<string, unknown>;
  provision_key: string | null;
}

const APPEND = `INSERT INTO audit_appends (municipality_id, shared, entries) SELECT (a->>'municipality_id')::uuid, a->'shared', a->'entries' FROM json_array_elements($1::json) AS a`;

// What makes two provisions "the same": the person's case, the items (which the action says:
// a case record's BASIC data is not a plan's), who gave and who got them, the basis, and the
// day in Japan.
function provisionKey(entry: AuditEntry, actor: AuditActor, at: Date): string {
  const day = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const parts = [actor.municipalityId, entry.action, entry.caseId, entry.providerAgencyId, entry.recipientAgencyId, entry.recipientUserId, entry.basis, entry.consentId, entry.conferenceId, [...(entry.categories ?? [])].sort(), day, ...(entry.emergencyAccessId ? [entry.emergencyAccessId] : [])];
  return hash('sha256', JSON.stringify(parts), 'hex');
}
