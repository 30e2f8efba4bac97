import { Injectable } from '@nestjs/common';
import { ConsentFacts, type DataRefs, type Recipient, type SqlCondition } from '@renkei/access';
import type { ProvisionEffect, Purpose } from '@renkei/kernel';

/**
 * The consent context's side of the access port: which consents of a case are in force at
 * a time (recorded, not revoked, inside their period), cover the provider's data (named
 * among its providers, or the common consent form while the provider is on the team), and
 * hold a provision of a given effect covering a recipient, a category and a purpose.
 */
@Injectable()
export class ConsentProvisionsSql extends ConsentFacts {
  matchingConsent(effect: ProvisionEffect, refs: DataRefs, recipient: Recipient, purpose: Purpose, at: Date, prefix: string): SqlCondition {
    // Aliases carry the prefix, so the subquery never shadows a name of the outer query.
    const c = `${prefix}c`;
    const p = `${prefix}p`;
    const team = `${prefix}t`;
    const coveredProvider = [
      `(${refs.providerAgencyId} = ANY(${c}.provider_agency_ids)`,
      `OR (cardinality(${c}.provider_agency_ids) = 0 AND EXISTS (SELECT 1 FROM case_team_members ${team} WHERE ${team}.case_id = ${c}.case_id AND ${team}.agency_id = ${refs.providerAgencyId})))`,
    ].join(' ');
    const recipientMatches = [
      `(CAST(:${prefix}agency AS uuid) = ANY(${p}.recipient_agency_ids) OR CAST(:${prefix}sector AS sector) = ANY(${p}.recipient_sectors)`,
      recipient.coordinatingBody ? ` OR ${p}.to_coordinating_body)` : ')',
    ].join('');
    const sql = [
      `SELECT ${c}.id FROM consents ${c} JOIN consent_provisions ${p} ON ${p}.consent_id = ${c}.id`,
      `WHERE ${c}.case_id = ${refs.caseId} AND ${c}.revoked_at IS NULL`,
      `AND ${c}.valid_from <= :${prefix}at AND (${c}.valid_until IS NULL OR ${c}.valid_until > :${prefix}at)`,
      `AND ${coveredProvider}`,
      `AND ${p}.effect = CAST(:${prefix}effect AS provision_effect) AND ${recipientMatches}`,
      `AND ${refs.category} = ANY(${p}.data_categories) AND CAST(:${prefix}purpose AS purpose) = ANY(${p}.purposes)`,
      `ORDER BY ${c}.valid_from DESC, ${c}.id LIMIT 1`,
    ].join(' ');
    return {
      sql,
      params: { [`${prefix}at`]: at, [`${prefix}effect`]: effect, [`${prefix}agency`]: recipient.agencyId, [`${prefix}sector`]: recipient.sector, [`${prefix}purpose`]: purpose },
    };
  }
}
