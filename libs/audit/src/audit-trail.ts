import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { Transactions } from '@renkei/database';
import { Clock, type DataCategory, type VisibilityBasis } from '@renkei/kernel';
import type { QueryDeepPartialEntity } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

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
   * record: the later entries stay in the trail as reads, pointing at it (`repeatOf`, set when
   * the sequencer links them, in chain order).
   */
  provision?: boolean;
}

/** Who did it: an actor, or the system (start-up provisioning) in a municipality. */
export type AuditActor = Actor | { readonly system: true; readonly municipalityId: string };

/**
 * Appends to a municipality's audit trail inside the caller's transaction, so an entry
 * exists exactly when the change it records does. Entries go in unlinked, in one statement,
 * and writers never wait for one another: the {@link AuditSequencer} links them into the
 * hash chain (and combines a day's repeated provisions) within its interval.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
  ) {}

  async record(actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const occurredAt = this.clock.now();
    const rows = entries.map((entry) => ({
      id: randomUUID(),
      municipalityId: actor.municipalityId,
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
      details: entry.details ?? {},
      provisionKey: entry.provision ? provisionKey(entry, actor, occurredAt) : null,
    }));
    // (TypeORM's deep-partial type cannot take `details`' open JSON object.) One statement
    // for all entries: a read that provides data from many agencies costs one insert.
    await this.tx.run((manager) => manager.insert(AuditEventEntity, rows as QueryDeepPartialEntity<AuditEventEntity>[]));
  }
}

// What makes two provisions "the same": the person's case, the items, who gave and who got
// them, the basis, and the day in Japan.
function provisionKey(entry: AuditEntry, actor: AuditActor, at: Date): string {
  const day = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const parts = [actor.municipalityId, entry.caseId, entry.providerAgencyId, entry.recipientAgencyId, entry.recipientUserId, entry.basis, entry.consentId, entry.conferenceId, [...(entry.categories ?? [])].sort(), day, ...(entry.emergencyAccessId ? [entry.emergencyAccessId] : [])];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
