import type { EntityManager } from 'typeorm';

/**
 * The sequencer's lock, until the transaction ends: one linker at a time across processes, and
 * no prune cutting under a link. Readers and writers never take it.
 */
export async function holdSequencerLock(manager: EntityManager, wait: boolean): Promise<boolean> {
  if (wait) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:sequencer', 0))`);
    return true;
  }
  const [row] = await manager.query<{ held: boolean }[]>(`SELECT pg_try_advisory_xact_lock(hashtextextended('audit:sequencer', 0)) AS held`);
  return row?.held === true;
}
