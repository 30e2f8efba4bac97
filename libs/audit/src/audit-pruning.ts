import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditCheckpointEntity } from './audit-checkpoint.entity.js';
import { holdSequencerLock } from './audit-chain-lock.js';
import { AuditSequencer } from './audit-sequencer.js';

/** What a prune (or its dry run) covers: the entries, the oldest one's time, the last link cut. */
export interface AuditPrefix {
  readonly count: number;
  readonly oldestAt: Date | null;
  readonly throughSequence: string | null;
  readonly throughHash: string | null;
}

/**
 * Removes the oldest part of a municipality's trail once it is past its retention period:
 * always a prefix of the chain (every entry up to the last one that occurred before the
 * cutoff), never a hole, so what remains still verifies from a checkpoint. The deletion is the
 * only one the trail's trigger lets through, and only while `renkei.audit_prune` is on in
 * this transaction; the caller records the prune in the trail in the same transaction.
 */
@Injectable()
export class AuditPruning {
  constructor(private readonly sequencer: AuditSequencer) {}

  /** The dry run: the prefix a prune at `cutoff` would remove. Changes nothing. */
  find(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<AuditPrefix> {
    return prefixBefore(manager, municipalityId, cutoff);
  }

  /**
   * Under the sequencer's lock, with what was appended before linked (a prefix is cut from
   * the linked chain): stores the checkpoint, then removes the prefix before `cutoff`.
   */
  async prune(manager: EntityManager, municipalityId: string, cutoff: Date, now: Date): Promise<AuditPrefix> {
    await holdSequencerLock(manager, true);
    await this.sequencer.linkHeld(manager);
    const prefix = await prefixBefore(manager, municipalityId, cutoff);
    if (prefix.count === 0 || prefix.throughSequence === null || prefix.throughHash === null) return prefix;
    await manager.insert(AuditCheckpointEntity, { municipalityId, throughSequence: prefix.throughSequence, throughHash: prefix.throughHash, prunedCount: prefix.count, createdAt: now });
    // Transaction-local, and switched off again at once: the rest of the transaction (and
    // every other one) stays refused.
    await manager.query(`SELECT set_config('renkei.audit_prune', 'on', true)`);
    await manager.query('DELETE FROM audit_events WHERE municipality_id = $1 AND sequence <= $2', [municipalityId, prefix.throughSequence]);
    await manager.query(`SELECT set_config('renkei.audit_prune', 'off', true)`);
    return prefix;
  }
}

async function prefixBefore(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<AuditPrefix> {
  const [row] = await manager.query<{ count: number; oldest: Date | null; through: string | null; hash: string | null }[]>(
    `WITH last AS (SELECT sequence, hash FROM audit_events WHERE municipality_id = $1 AND occurred_at < $2 ORDER BY sequence DESC LIMIT 1)
     SELECT count(e.id)::int AS count, min(e.occurred_at) AS oldest, (SELECT sequence::text FROM last) AS through, (SELECT hash FROM last) AS hash
     FROM audit_events e WHERE e.municipality_id = $1 AND e.sequence <= (SELECT sequence FROM last)`,
    [municipalityId, cutoff],
  );
  return { count: row?.count ?? 0, oldestAt: row?.oldest ?? null, throughSequence: row?.through ?? null, throughHash: row?.hash ?? null };
}
