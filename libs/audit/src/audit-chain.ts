import type { AuditEventEntity } from './audit-event.entity.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';

/** The last link verified: the next entry must carry sequence + 1 and link to this hash. */
export interface ChainAnchor {
  readonly sequence: bigint;
  readonly hash: string;
}

export const GENESIS_ANCHOR: ChainAnchor = { sequence: 0n, hash: GENESIS_HASH };

/** The action, and the kind in its details, of the entry a prune of the trail writes. */
export const PRUNE_ACTION = 'retention.applied';
export const PRUNE_KIND = 'ACCESS_LOGS';

/** Where a chain starts: at its latest checkpoint when it was pruned, else at the genesis. */
export function chainStart(checkpoint: { throughSequence: string; throughHash: string } | null): ChainAnchor {
  return checkpoint ? { sequence: BigInt(checkpoint.throughSequence), hash: checkpoint.throughHash } : GENESIS_ANCHOR;
}

/** The anchor after `event` when it follows `anchor` linked, with its content unchanged; else null. */
export function follow(anchor: ChainAnchor, event: AuditEventEntity): ChainAnchor | null {
  const { sequence, hash } = event;
  const intact = BigInt(sequence) === anchor.sequence + 1n && event.previousHash === anchor.hash && chainHash(anchor.hash, event) === hash;
  return intact ? { sequence: anchor.sequence + 1n, hash } : null;
}

/**
 * Whether `event` is the prune's own entry naming `checkpoint`. A checkpoint nobody attests
 * in the chain (one inserted by hand to hide an edit of older entries) fails verification.
 */
export function attests(event: AuditEventEntity, checkpoint: ChainAnchor): boolean {
  const details = event.details;
  return event.action === PRUNE_ACTION && details['kind'] === PRUNE_KIND && details['throughSequence'] === checkpoint.sequence.toString() && details['throughHash'] === checkpoint.hash;
}
