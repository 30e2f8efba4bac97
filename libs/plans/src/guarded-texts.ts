import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type ReadScope } from '@renkei/access';
import { AuditTrail, provisionsShownByCase } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import type { DataCategory, VisibilityBasis } from '@renkei/kernel';
import type { EntityManager } from 'typeorm';

/** One text of an assessment or a plan as the reader may see it: the body only where a basis holds. */
export interface GuardedTextValue {
  category: DataCategory;
  text: string | null;
  redacted: boolean;
  basis: VisibilityBasis | null;
}

/** A text to store: where it sits in its owner (`household`, `goal:<id>` …) and whose category it is. */
export interface GuardedTextInput {
  readonly path: string;
  readonly category: DataCategory;
  readonly body: string;
  /**
   * The agency that wrote it, when not the owner's writing agency (a plan's evaluation notes,
   * written by its lead agency): the text is that agency's data. Plans only.
   */
  readonly agencyId?: string | null;
}

export type TextOwner = 'assessment' | 'plan';

// The owner tables and their text tables; fixed names, never from input. A plan's text may
// have an author of its own (`agency_id`); an assessment's are all its writer's.
const TABLES: Readonly<Record<TextOwner, { owner: string; texts: string; ownerColumn: string; provided: string; authored: boolean }>> = {
  assessment: { owner: 'assessments', texts: 'assessment_texts', ownerColumn: 'assessment_id', provided: 'case.assessment_provided', authored: false },
  plan: { owner: 'plans', texts: 'plan_texts', ownerColumn: 'plan_id', provided: 'case.plan_provided', authored: true },
};

interface TextRow {
  owner_id: string;
  case_id: string;
  agency_id: string;
  subject_name: string;
  path: string;
  category: DataCategory;
  basis: VisibilityBasis | null;
  consent_id: string | null;
  conference_id: string | null;
  emergency_access_id: string | null;
  body: string | null;
}

/**
 * The texts of assessments and plans: each is the writing agency's data of its category
 * about the case, shown under the same bases as a summary section of that category. The
 * basis is decided inside the query, a withheld body never leaves the database, and what is
 * shown of another agency is recorded as a provision before the read returns.
 */
@Injectable()
export class GuardedTexts {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The texts of these owners (of the cases the caller may know of, read through the case
   * door), owner id → path → text: one statement for any number of cases, and what each case
   * shows of another agency recorded as that case's provision before the texts return. No
   * transaction of its own (the summaries' reason): a list of cases would hold a pool
   * connection per case for the whole read.
   */
  async read(actor: Actor, owner: TextOwner, caseIds: readonly string[], ownerIds: readonly string[], scope: ReadScope): Promise<Map<string, Map<string, GuardedTextValue>>> {
    const byOwner = new Map<string, Map<string, GuardedTextValue>>(ownerIds.map((id) => [id, new Map()]));
    if (ownerIds.length === 0 || caseIds.length === 0) return byOwner;
    const { owner: ownerTable, texts, ownerColumn, provided, authored } = TABLES[owner];
    const provider = authored ? 'COALESCE(t.agency_id, o.agency_id)' : 'o.agency_id';
    const visibility = this.access.dataVisibility(actor, { caseId: 'o.case_id', providerAgencyId: provider, category: 't.category' }, scope, 'gt_');
    const { manager } = this.tx;
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `SELECT o.id AS owner_id, o.case_id, ${provider} AS agency_id, c.subject_full_name AS subject_name, t.path, t.category,
              ${visibility.basis('f')} AS basis, ${visibility.consentId('f')} AS consent_id, ${visibility.conferenceId('f')} AS conference_id,
              ${visibility.emergencyAccessId('f')} AS emergency_access_id,
              CASE WHEN ${visibility.basis('f')} IS NOT NULL THEN t.body END AS body
       FROM ${ownerTable} o
       JOIN cases c ON c.id = o.case_id
       JOIN ${texts} t ON t.${ownerColumn} = o.id
       LEFT JOIN LATERAL (${visibility.facts}) f ON TRUE
       WHERE o.case_id IN (:...caseIds) AND o.id IN (:...ownerIds)`,
      { ...visibility.params, caseIds: [...caseIds], ownerIds: [...ownerIds] },
    );
    const rows = await manager.query<TextRow[]>(sql, parameters);
    for (const row of rows) {
      byOwner.get(row.owner_id)?.set(row.path, { category: row.category, text: row.body, redacted: row.basis === null, basis: row.basis });
    }
    await this.audit.record(
      actor,
      provisionsShownByCase(
        actor,
        provided,
        rows.map((row) => ({ caseId: row.case_id, subjectName: row.subject_name, providerAgencyId: row.agency_id, category: row.category, basis: row.basis, consentId: row.consent_id, conferenceId: row.conference_id, emergencyAccessId: row.emergency_access_id })),
      ),
    );
    return byOwner;
  }

  /** Replaces the texts of an owner; blank texts are not stored (a blank field is absent, not withheld). */
  async write(manager: EntityManager, owner: TextOwner, ownerId: string, values: readonly GuardedTextInput[]): Promise<void> {
    const { texts, ownerColumn, authored } = TABLES[owner];
    await manager.query(`DELETE FROM ${texts} WHERE ${ownerColumn} = $1`, [ownerId]);
    const kept = values.filter((value) => value.body.trim() !== '');
    if (kept.length === 0) return;
    const columns = { path: kept.map((v) => v.path), category: kept.map((v) => v.category), body: kept.map((v) => v.body) };
    if (authored) {
      await manager.query(
        `INSERT INTO ${texts} (${ownerColumn}, path, category, body, agency_id)
         SELECT $1, path, category::data_category, body, agency_id FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[]) AS v(path, category, body, agency_id)`,
        [ownerId, columns.path, columns.category, columns.body, kept.map((v) => v.agencyId ?? null)],
      );
    } else {
      await manager.query(
        `INSERT INTO ${texts} (${ownerColumn}, path, category, body)
         SELECT $1, path, category::data_category, body FROM unnest($2::text[], $3::text[], $4::text[]) AS v(path, category, body)`,
        [ownerId, columns.path, columns.category, columns.body],
      );
    }
  }
}
