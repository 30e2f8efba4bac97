import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RetentionKind } from './retention-kind.js';
import { findingOf, findingOfRows, type RetentionFinding, type RetentionSweep } from './retention-sweep.js';

// A consent ends when its validity runs out or when it is revoked, whichever comes first;
// an open-ended consent that was never revoked never ends. Its provisions go with it (FK cascade).
const ENDED = `SELECT id, LEAST(valid_until, revoked_at) AS ended_at FROM consents
  WHERE municipality_id = $1 AND LEAST(valid_until, revoked_at) < $2`;

/** 期限切れの同意: consents ended longer ago than the period, removed with their provisions. */
@Injectable()
export class ExpiredConsentsSweep implements RetentionSweep {
  readonly kind = RetentionKind.EXPIRED_CONSENTS;

  find(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<RetentionFinding> {
    return findingOf(manager, ENDED, [municipalityId, cutoff]);
  }

  async remove(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<RetentionFinding> {
    // DELETE … RETURNING: a row deleted by one transaction is not returned to another.
    const [rows] = await manager.query<[{ ended_at: Date }[], number]>(
      `DELETE FROM consents c USING (${ENDED}) due WHERE c.id = due.id RETURNING due.ended_at`,
      [municipalityId, cutoff],
    );
    return findingOfRows(rows);
  }
}
