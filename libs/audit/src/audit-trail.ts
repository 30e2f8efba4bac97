import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { Clock, type DataCategory, type VisibilityBasis } from '@renkei/kernel';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import { holdChainLock } from './audit-chain-lock.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';

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
   * record: the later entries stay in the trail as reads, pointing at it (`repeatOf`).
   */
  provision?: boolean;
}

/** Who did it: an actor, or the system (start-up provisioning) in a municipality. */
export type AuditActor = Actor | { readonly system: true; readonly municipalityId: string };

/**
 * Appends to a municipality's audit trail inside the caller's transaction, so an entry
 * exists exactly when the change it records does. A transaction-scoped advisory lock per
 * municipality serialises writers: two transactions can never both extend the same link.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
  ) {}

  async record(actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.tx.run(async (manager) => {
      await holdChainLock(manager, actor.municipalityId);
      const occurredAt = this.clock.now();
      const keys = entries.map((entry) => (entry.provision ? provisionKey(entry, actor, occurredAt) : null));
      const { last, firsts } = await this.chainHead(manager, actor.municipalityId, keys);
      let sequence = BigInt(last?.sequence ?? 0);
      let previousHash = last?.hash ?? GENESIS_HASH;
      const rows = entries.map((entry, i) => {
        sequence += 1n;
        const id = randomUUID();
        const key = keys[i] ?? null;
        const repeatOf = key ? (firsts.get(key) ?? null) : null;
        if (key && !repeatOf) firsts.set(key, id);
        const content = {
          id,
          municipalityId: actor.municipalityId,
          sequence: sequence.toString(),
          occurredAt,
          actorUserId: 'system' in actor ? null : actor.userId,
          actorAgencyId: 'system' in actor ? null : actor.agencyId,
          action: entry.action,
          caseId: entry.caseId ?? null,
          subjectName: entry.subjectName ?? null,
          categories: entry.categories ?? [],
          basis: entry.basis ?? null,
          consentId: entry.consentId ?? null,
          conferenceId: entry.conferenceId ?? null,
          emergencyAccessId: entry.emergencyAccessId ?? null,
          providerAgencyId: entry.providerAgencyId ?? null,
          recipientAgencyId: entry.recipientAgencyId ?? null,
          recipientUserId: entry.recipientUserId ?? null,
          // Hashed as it will read back from the jsonb column (a Date becomes its ISO text),
          // or the chain check would find the entry changed.
          details: entry.details ? (JSON.parse(JSON.stringify(entry.details)) as Record<string, unknown>) : {},
          provisionKey: key,
          repeatOf,
        };
        const hash = chainHash(previousHash, content);
        const row = { ...content, previousHash, hash };
        previousHash = hash;
        return row;
      });
      // (TypeORM's deep-partial type cannot take `details`' open JSON object.)
      // One statement for all entries: a read that provides data from many agencies
      // still costs a fixed number of statements.
      await manager.insert(AuditEventEntity, rows as QueryDeepPartialEntity<AuditEventEntity>[]);
    });
  }

  /**
   * The chain's last link, and today's provision records with these keys, in one statement
   * under the chain's lock (so two readers at once cannot both write the day's first record).
   */
  private async chainHead(manager: EntityManager, municipalityId: string, keys: readonly (string | null)[]): Promise<{ last: { sequence: string; hash: string } | null; firsts: Map<string, string> }> {
    const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
    const [row] = await manager.query<{ last: { sequence: string; hash: string } | null; firsts: Record<string, string> | null }[]>(
      // A pruned chain continues from its checkpoint when no entry is left after it.
      `SELECT (SELECT json_build_object('sequence', sequence::text, 'hash', hash) FROM (
                 SELECT sequence, hash FROM audit_events WHERE municipality_id = $1
                 UNION ALL SELECT through_sequence, through_hash FROM audit_checkpoints WHERE municipality_id = $1) head
               ORDER BY sequence DESC LIMIT 1) AS last,
              (SELECT json_object_agg(provision_key, id) FROM audit_events WHERE municipality_id = $1 AND provision_key = ANY($2::char(64)[]) AND repeat_of IS NULL) AS firsts`,
      [municipalityId, wanted],
    );
    return { last: row?.last ?? null, firsts: new Map(Object.entries(row?.firsts ?? {})) };
  }
}

// What makes two provisions "the same": the person's case, the items, who gave and who got
// them, the basis, and the day in Japan.
function provisionKey(entry: AuditEntry, actor: AuditActor, at: Date): string {
  const day = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const parts = [actor.municipalityId, entry.caseId, entry.providerAgencyId, entry.recipientAgencyId, entry.recipientUserId, entry.basis, entry.consentId, entry.conferenceId, [...(entry.categories ?? [])].sort(), day, ...(entry.emergencyAccessId ? [entry.emergencyAccessId] : [])];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
