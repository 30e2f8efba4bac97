import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type ReadScope } from '@renkei/access';
import { AuditTrail, provisionsShownByCase } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { DataCategory, type VisibilityBasis } from '@renkei/kernel';
import type { ReferralEndReason, ReferralStatus } from './referral-enums.js';
import type { ReferralModel } from './referral.model.js';

interface ReferralRow {
  id: string;
  case_id: string;
  agency_id: string;
  referred_by_user_id: string;
  subject_name: string;
  status: ReferralStatus;
  end_reason: ReferralEndReason | null;
  follow_up_at: Date | null;
  host_follow_up_at: Date | null;
  plan_id: string | null;
  plan_role_id: string | null;
  started_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  basis: VisibilityBasis | null;
  consent_id: string | null;
  conference_id: string | null;
  emergency_access_id: string | null;
  resource_id: string | null;
  note: string | null;
  shared_with_host: string | null;
  history: { status: ReferralStatus; endReason: ReferralEndReason | null; note: string | null; at: string }[];
}

/**
 * Referrals as the reader may see them: ONE decision per referral (the referring agency's
 * data of category PARTICIPATION about the case) taken inside the query, the content columns
 * (resource, notes, what the host may know, the history's notes) selected only where it gives
 * a basis, and what is shown of another agency recorded as a provision before the read returns.
 */
@Injectable()
export class ReferralReads {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** The referrals of a case the caller may know of (all, or those of `ids`), newest first. */
  async ofCase(actor: Actor, caseId: string, scope: ReadScope, ids?: readonly string[]): Promise<ReferralModel[]> {
    if (ids?.length === 0) return [];
    return (await this.read(actor, [caseId], scope, ids)).get(caseId) ?? [];
  }

  /** The referrals of each of the cases (which the caller may know of), newest first: one statement for a list of cases. */
  async ofCases(actor: Actor, caseIds: readonly string[], scope: ReadScope): Promise<Map<string, ReferralModel[]>> {
    return caseIds.length === 0 ? new Map() : this.read(actor, caseIds, scope);
  }

  private async read(actor: Actor, caseIds: readonly string[], scope: ReadScope, ids?: readonly string[]): Promise<Map<string, ReferralModel[]>> {
    const visibility = this.access.dataVisibility(actor, { caseId: 'r.case_id', providerAgencyId: 'r.agency_id', category: `'${DataCategory.PARTICIPATION}'::data_category` }, scope, 'rf_');
    const shown = (column: string) => `CASE WHEN ${visibility.basis('f')} IS NOT NULL THEN ${column} END`;
    // No transaction of its own, as for the summaries: the provisions are appended before the
    // referrals are returned, and a transaction would hold a pool connection for the whole read.
    const { manager } = this.tx;
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `SELECT r.id, r.case_id, r.agency_id, r.referred_by_user_id, c.subject_full_name AS subject_name, r.status, r.end_reason,
              r.follow_up_at, r.host_follow_up_at, r.plan_id, r.plan_role_id, r.started_at, r.version, r.created_at, r.updated_at,
              ${visibility.basis('f')} AS basis, ${visibility.consentId('f')} AS consent_id, ${visibility.conferenceId('f')} AS conference_id,
              ${visibility.emergencyAccessId('f')} AS emergency_access_id,
              ${shown('r.resource_id')} AS resource_id, ${shown('r.note')} AS note, ${shown('r.shared_with_host')} AS shared_with_host,
              COALESCE((SELECT json_agg(json_build_object('status', s.status, 'endReason', s.end_reason, 'note', ${shown("NULLIF(s.note, '')")}, 'at', s.at) ORDER BY s.id)
                        FROM referral_steps s WHERE s.referral_id = r.id), '[]'::json) AS history
       FROM referrals r
       JOIN cases c ON c.id = r.case_id
       LEFT JOIN LATERAL (${visibility.facts}) f ON TRUE
       WHERE r.case_id IN (:...caseIds) ${ids ? 'AND r.id IN (:...ids)' : ''}
       ORDER BY r.created_at DESC, r.id DESC`,
      { ...visibility.params, caseIds: [...caseIds], ...(ids ? { ids: [...ids] } : {}) },
    );
    const rows = await manager.query<ReferralRow[]>(sql, parameters);
    await this.audit.record(
      actor,
      provisionsShownByCase(
        actor,
        'case.referral_provided',
        rows.map((row) => ({ caseId: row.case_id, subjectName: row.subject_name, providerAgencyId: row.agency_id, category: DataCategory.PARTICIPATION, basis: row.basis, consentId: row.consent_id, conferenceId: row.conference_id, emergencyAccessId: row.emergency_access_id })),
      ),
    );
    const byCase = new Map<string, ReferralModel[]>(caseIds.map((id) => [id, []]));
    for (const row of rows) byCase.get(row.case_id)?.push(toModel(row));
    return byCase;
  }
}

function toModel(row: ReferralRow): ReferralModel {
  return {
    id: row.id,
    caseId: row.case_id,
    agencyId: row.agency_id,
    referredByUserId: row.referred_by_user_id,
    status: row.status,
    endReason: row.end_reason,
    redacted: row.basis === null,
    basis: row.basis,
    resourceId: row.resource_id,
    note: row.note,
    sharedWithHost: row.shared_with_host,
    followUpAt: row.follow_up_at,
    hostFollowUpAt: row.host_follow_up_at,
    planId: row.plan_id,
    planRoleId: row.plan_role_id,
    startedAt: row.started_at,
    history: row.history.map((step) => ({ status: step.status, endReason: step.endReason, note: step.note, at: new Date(step.at) })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
