import type { EntityManager } from 'typeorm';

/**
 * The municipality's chain lock, until the transaction ends: whoever appends to or prunes the
 * chain holds it, so two transactions never extend the same link nor cut under an append.
 */
export async function holdChainLock(manager: EntityManager, municipalityId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:' || $1, 0))`, [municipalityId]);
}
