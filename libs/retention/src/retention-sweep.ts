import type { EntityManager } from 'typeorm';
import type { RetentionKind } from './retention-kind.js';

/** What is past a period in one municipality: how many records, and when the oldest ended. */
export interface RetentionFinding {
  readonly count: number;
  readonly oldestEndedAt: Date | null;
  /** What the run's audit entry must also say for the removal to verify (the trail's checkpoint). */
  readonly attestation?: Record<string, unknown>;
}

/**
 * One kind of data's removal. `find` only reads (the dry run); `remove` claims and removes
 * in the caller's transaction, and returns what it removed: a record claimed by one
 * transaction is never returned to another, so a removal happens once across processes.
 */
export interface RetentionSweep {
  readonly kind: RetentionKind;
  find(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<RetentionFinding>;
  remove(manager: EntityManager, municipalityId: string, cutoff: Date, now: Date): Promise<RetentionFinding>;
}

/** count and oldest end of the rows `sql` selects (a column `ended_at`). */
export async function findingOf(manager: EntityManager, sql: string, params: unknown[]): Promise<RetentionFinding> {
  const [row] = await manager.query<{ count: number; oldest: Date | null }[]>(`SELECT count(*)::int AS count, min(ended_at) AS oldest FROM (${sql}) due`, params);
  return { count: row?.count ?? 0, oldestEndedAt: row?.oldest ?? null };
}

export function findingOfRows(rows: readonly { ended_at: Date }[]): RetentionFinding {
  const ends = rows.map((row) => row.ended_at.getTime());
  return { count: rows.length, oldestEndedAt: ends.length > 0 ? new Date(Math.min(...ends)) : null };
}
