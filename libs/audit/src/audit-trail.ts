import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { Clock, type DataCategory, type VisibilityBasis } from '@renkei/kernel';
import type { QueryDeepPartialEntity } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
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
  providerAgencyId?: string | null;
  recipientAgencyId?: string | null;
  recipientUserId?: string | null;
  details?: Record<string, unknown>;
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
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:' || $1, 0))`, [actor.municipalityId]);
      const [last] = await manager.query<{ sequence: string; hash: string }[]>(
        'SELECT sequence, hash FROM audit_events WHERE municipality_id = $1 ORDER BY sequence DESC LIMIT 1',
        [actor.municipalityId],
      );
      let sequence = BigInt(last?.sequence ?? 0);
      let previousHash = last?.hash ?? GENESIS_HASH;
      const occurredAt = this.clock.now();
      const rows = entries.map((entry) => {
        sequence += 1n;
        const content = {
          id: randomUUID(),
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
          providerAgencyId: entry.providerAgencyId ?? null,
          recipientAgencyId: entry.recipientAgencyId ?? null,
          recipientUserId: entry.recipientUserId ?? null,
          details: entry.details ?? {},
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
}
