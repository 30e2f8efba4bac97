import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type DataRefs, type DataVisibilitySql, type ReadScope, type SqlCondition } from '@renkei/access';
import { AuditTrail, provisionsShown } from '@renkei/audit';
import { CasesService, COORDINATION } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { Clock, DataCategory, DomainError, Sector, type VisibilityBasis } from '@renkei/kernel';
import { CaseSummarySectionEntity, CaseSummaryVersionEntity } from './case-summary.entity.js';
import { CaseSummaryModel, type CaseSummaryVersionModel } from './case-summary.model.js';
import type { SummarySectionInput } from './dto/upsert-case-summary.args.js';

/** A row of the summaries query: one section (or a summary without sections), decided in SQL. */
interface SectionRow {
  summary_id: string;
  agency_id: string;
  agency_name: string;
  agency_sector: Sector;
  agency_created_at: Date;
  version: number;
  updated_at: Date;
  subject_name: string;
  category: DataCategory | null;
  basis: VisibilityBasis | null;
  consent_id: string | null;
  conference_id: string | null;
  emergency_access_id: string | null;
  body: string | null;
}

/**
 * Agencies' summaries of a case. Each section is shown or withheld by the access layer's
 * rule, evaluated inside the query, so a withheld body never leaves the database. Every
 * section shown from another agency is a provision of personal data, recorded by the read
 * before it returns (inside the caller's transaction, when there is one).
 */
@Injectable()
export class SummariesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Replaces the actor's agency's summary of the case with `sections`, as a new version; returns it (nothing of other agencies). */
  async upsert(actor: Actor, caseId: string, sections: SummarySectionInput[]): Promise<CaseSummaryModel> {
    const duplicate = sections.find((s, i) => sections.findIndex((t) => t.category === s.category) !== i);
    if (duplicate) throw DomainError.badInput([{ field: 'sections', message: `category ${duplicate.category} appears more than once` }]);
    return this.tx.run(async (manager) => {
      const { entity } = await this.cases.require(actor, caseId, 'writeSummary');
      const now = this.clock.now();
      // One statement creates or bumps the summary, so concurrent writers get distinct versions.
      const [summary] = await manager.query<{ id: string; version: number }[]>(
        `INSERT INTO case_summaries (case_id, agency_id, version, updated_at, updated_by_user_id) VALUES ($1, $2, 1, $3, $4)
         ON CONFLICT (case_id, agency_id) DO UPDATE SET version = case_summaries.version + 1, updated_at = EXCLUDED.updated_at, updated_by_user_id = EXCLUDED.updated_by_user_id
         RETURNING id, version`,
        [entity.id, actor.agencyId, now, actor.userId],
      );
      if (!summary) throw new Error('The summary upsert returned no row');
      await manager.delete(CaseSummarySectionEntity, { summaryId: summary.id });
      if (sections.length > 0) await manager.insert(CaseSummarySectionEntity, sections.map((s) => ({ summaryId: summary.id, category: s.category, body: s.body })));
      await manager.insert(CaseSummaryVersionEntity, { summaryId: summary.id, version: summary.version, sections: sections.map(({ category, body }) => ({ category, body })), writtenByUserId: actor.userId, writtenAt: now });
      await this.audit.record(actor, [{ action: 'case.summary_written', caseId: entity.id, categories: sections.map((s) => s.category), details: { version: summary.version } }]);
      const own = toSummaries(await this.sections(actor, entity.id, COORDINATION, actor.agencyId));
      if (!own[0]) throw new Error('The summary just written is not visible to its own agency');
      return own[0];
    });
  }

  /**
   * Every contributing agency's summary of a case the caller may know of (the caller has
   * loaded it through the one door), each section shown or redacted for the scope's purpose
   * (and, inside a conference, that meeting's 支援会議 basis). A fixed number of statements,
   * whatever the number of agencies and sections; the provisions made are recorded with it.
   */
  async read(actor: Actor, caseId: string, scope: ReadScope = COORDINATION): Promise<CaseSummaryModel[]> {
    // No transaction of its own: the provisions are appended in one statement before the
    // sections are returned, so nothing leaves unrecorded, and a failed append fails the read.
    const rows = await this.sections(actor, caseId, scope);
    const shown = rows.flatMap((row) => (row.category ? [{ providerAgencyId: row.agency_id, category: row.category, basis: row.basis, consentId: row.consent_id, conferenceId: row.conference_id, emergencyAccessId: row.emergency_access_id }] : []));
    await this.audit.record(actor, provisionsShown(actor, { action: 'case.summary_provided', caseId, subjectName: rows[0]?.subject_name ?? '' }, shown));
    return toSummaries(rows);
  }

  /**
   * Every version the actor's own agency wrote of its summary of a case the caller may know
   * of (loaded through the one door), newest first. Only the agency's own data: no provision.
   */
  async ownVersions(actor: Actor, caseId: string): Promise<CaseSummaryVersionModel[]> {
    const rows = await this.tx.manager
      .createQueryBuilder(CaseSummaryVersionEntity, 'v')
      .innerJoin('v.summary', 's')
      .where('s.caseId = :caseId AND s.agencyId = :agencyId', { caseId, agencyId: actor.agencyId })
      .orderBy('v.version', 'DESC')
      .getMany();
    return rows.map(({ version, writtenAt, sections }) => ({ version, writtenAt, sections }));
  }

  private async sections(actor: Actor, caseId: string, scope: ReadScope, onlyAgencyId?: string): Promise<SectionRow[]> {
    const query = summarySectionsQuery((refs) => this.access.dataVisibility(actor, refs, scope, 'sv_'), caseId, onlyAgencyId);
    return this.tx.prepared<SectionRow>(query.sql, query.params);
  }
}

function toSummaries(rows: readonly SectionRow[]): CaseSummaryModel[] {
  const summaries = new Map<string, CaseSummaryModel>();
  for (const row of rows) {
    let summary = summaries.get(row.summary_id);
    if (!summary) {
      summary = Object.assign(new CaseSummaryModel(), {
        agency: { id: row.agency_id, name: row.agency_name, sector: row.agency_sector, createdAt: row.agency_created_at },
        version: row.version,
        updatedAt: row.updated_at,
        sections: [],
      });
      summaries.set(row.summary_id, summary);
    }
    if (row.category) summary.sections.push({ category: row.category, body: row.body, redacted: row.basis === null, basis: row.basis });
  }
  return [...summaries.values()];
}

/**
 * The one query that reads a case's summaries (or one agency's), every section with its
 * basis decided by the visibility `decide` gives for the query's own columns (redacted
 * bodies are never selected). Exported for the benchmark's plain endpoint, which must run
 * exactly this SQL.
 */
export function summarySectionsQuery(decide: (refs: DataRefs) => DataVisibilitySql, caseId: string, onlyAgencyId?: string): SqlCondition {
  const visibility = decide({ caseId: 's.case_id', providerAgencyId: 's.agency_id', category: 'sec.category' });
  return {
    sql: `SELECT s.id AS summary_id, s.agency_id, a.name AS agency_name, a.sector AS agency_sector, a.created_at AS agency_created_at,
                 s.version, s.updated_at, c.subject_full_name AS subject_name, sec.category,
                 ${visibility.basis('f')} AS basis, ${visibility.consentId('f')} AS consent_id, ${visibility.conferenceId('f')} AS conference_id,
                 ${visibility.emergencyAccessId('f')} AS emergency_access_id,
                 CASE WHEN ${visibility.basis('f')} IS NOT NULL THEN sec.body END AS body
          FROM case_summaries s
          JOIN cases c ON c.id = s.case_id
          JOIN agencies a ON a.id = s.agency_id
          LEFT JOIN case_summary_sections sec ON sec.summary_id = s.id
          LEFT JOIN LATERAL (${visibility.facts}) f ON sec.category IS NOT NULL
          WHERE s.case_id = :caseId${onlyAgencyId ? ' AND s.agency_id = :onlyAgencyId' : ''}
          ORDER BY a.name, s.agency_id, sec.category`,
    params: { ...visibility.params, caseId, ...(onlyAgencyId ? { onlyAgencyId } : {}) },
  };
}
