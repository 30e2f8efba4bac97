import { Injectable } from '@nestjs/common';
import type { ConsentProvisionSource, SqlCondition } from '@renkei/access';
import type { ProvisionEffect, Purpose, Sector } from '@renkei/kernel';

/**
 * The consent context's side of the access port: which consents of a case are in force at
 * a time (recorded, not revoked, inside their period) with a provision of a given effect
 * that covers a recipient, a category and a purpose.
 */
@Injectable()
export class ConsentProvisionsSql implements ConsentProvisionSource {
  matchingConsent(
    effect: ProvisionEffect,
    refs: { caseId: string; category: string },
    recipient: { agencyId: string; sector: Sector },
    purpose: Purpose,
    at: Date,
    prefix: string,
  ): SqlCondition {
    // Aliases carry the prefix, so the subquery never shadows a name of the outer query.
    const c = `${prefix}c`;
    const p = `${prefix}p`;
    const sql = [
      `SELECT ${c}.id FROM consents ${c} JOIN consent_provisions ${p} ON ${p}.consent_id = ${c}.id`,
      `WHERE ${c}.case_id = ${refs.caseId} AND ${c}.revoked_at IS NULL`,
      `AND ${c}.valid_from <= :${prefix}at AND (${c}.valid_until IS NULL OR ${c}.valid_until > :${prefix}at)`,
      `AND ${p}.effect = CAST(:${prefix}effect AS provision_effect)`,
      `AND (CAST(:${prefix}agency AS uuid) = ANY(${p}.recipient_agency_ids) OR CAST(:${prefix}sector AS sector) = ANY(${p}.recipient_sectors))`,
      `AND ${refs.category} = ANY(${p}.data_categories) AND CAST(:${prefix}purpose AS purpose) = ANY(${p}.purposes)`,
      `ORDER BY ${c}.valid_from DESC, ${c}.id LIMIT 1`,
    ].join(' ');
    return {
      sql,
      params: { [`${prefix}at`]: at, [`${prefix}effect`]: effect, [`${prefix}agency`]: recipient.agencyId, [`${prefix}sector`]: recipient.sector, [`${prefix}purpose`]: purpose },
    };
  }
}
