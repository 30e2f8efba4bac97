import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RetentionKind } from './retention-kind.js';
import { findingOf, findingOfRows, type RetentionFinding, type RetentionSweep } from './retention-sweep.js';

// A case is past its period when it is still closed and its last closure is older than the
// cutoff (a reopened and closed-again case counts from the later closure).
const CLOSED = `SELECT c.id, closed.at AS ended_at FROM cases c
  JOIN LATERAL (SELECT max(s.changed_at) AS at FROM case_status_changes s WHERE s.case_id = c.id AND s.to_status = 'CLOSED') closed ON true
  WHERE c.municipality_id = $1 AND c.status = 'CLOSED' AND closed.at < $2
    AND NOT EXISTS (SELECT 1 FROM retention_case_erasures e WHERE e.case_id = c.id)`;

/** Shown in place of the case's title once its content is gone. */
export const ERASED_CASE_TITLE = '保存期間の経過により削除';

/**
 * The records that hold what was said and written about the person, removed with the case's
 * content: summaries (with their versions), consents, assessments, plans, referrals, tasks,
 * emergency declarations, conference minutes and decisions on the case, the chair's requests
 * for it, disclosure withholdings, and the outbox rows that carried their text.
 */
const CONTENT = [
  'DELETE FROM case_summaries WHERE case_id = ANY($1)',
  'DELETE FROM consents WHERE case_id = ANY($1)',
  'DELETE FROM assessments WHERE case_id = ANY($1)',
  'DELETE FROM plans WHERE case_id = ANY($1)',
  'DELETE FROM referrals WHERE case_id = ANY($1)',
  'DELETE FROM tasks WHERE case_id = ANY($1)',
  'DELETE FROM task_events WHERE case_id = ANY($1)',
  'DELETE FROM emergency_accesses WHERE case_id = ANY($1)',
  'DELETE FROM conference_agenda_items WHERE case_id = ANY($1)',
  'DELETE FROM conference_decisions WHERE case_id = ANY($1)',
  `DELETE FROM conference_events WHERE payload->>'caseId' = ANY($1::text[])`,
  'DELETE FROM conference_requests WHERE case_id = ANY($1)',
  'DELETE FROM disclosure_withholdings WHERE case_id = ANY($1)',
  'UPDATE case_status_changes SET note = NULL WHERE case_id = ANY($1)',
];

/**
 * 終結した事案: the personal content of cases closed longer ago than the period.
 * Kept, because the municipality's yearly figures count them and the audit trail points at
 * them: the case row with its status, need categories, dates and opening agency; the team
 * (which agencies took part); the status history without its notes. The person's name,
 * kana and address are blanked, the birth date kept to its year (age bands), the title and
 * the intake note replaced. The audit trail is not touched here: it follows its own period
 * (ACCESS_LOGS), since its 提供記録 are records the law asks to keep for years.
 */
@Injectable()
export class ClosedCasesSweep implements RetentionSweep {
  readonly kind = RetentionKind.CLOSED_CASES;

  find(manager: EntityManager, municipalityId: string, cutoff: Date): Promise<RetentionFinding> {
    return findingOf(manager, CLOSED, [municipalityId, cutoff]);
  }

  async remove(manager: EntityManager, municipalityId: string, cutoff: Date, now: Date): Promise<RetentionFinding> {
    // The erasure mark is the claim: ON CONFLICT leaves a case another transaction took.
    const claimed = await manager.query<{ case_id: string; ended_at: Date }[]>(
      `INSERT INTO retention_case_erasures (case_id, municipality_id, closed_at, erased_at)
       SELECT id, $1, ended_at, $3 FROM (${CLOSED}) due
       ON CONFLICT (case_id) DO NOTHING RETURNING case_id, closed_at AS ended_at`,
      [municipalityId, cutoff, now],
    );
    const ids = claimed.map((row) => row.case_id);
    if (ids.length === 0) return findingOfRows([]);
    for (const statement of CONTENT) await manager.query(statement, [ids]);
    await manager.query(
      `UPDATE cases SET title = $2, subject_full_name = '', subject_full_name_kana = '', subject_address = '',
         subject_birth_date = date_trunc('year', subject_birth_date)::date, intake_note = NULL, updated_at = $3, version = version + 1
       WHERE id = ANY($1)`,
      [ids, ERASED_CASE_TITLE, now],
    );
    return findingOfRows(claimed);
  }
}
