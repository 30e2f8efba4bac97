import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type SectionRefs, type SectionVisibilitySql, type SqlCondition, type SupportMeetingFacts } from '@renkei/access';
import { AuditTrail, type AuditEntry } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { ConsentProvisionsSql } from '@renkei/consent';
import { Transactions } from '@renkei/database';
import { Clock, DataCategory, DomainError, Purpose, Sector, VisibilityBasis } from '@renkei/kernel';
import { CaseSummarySectionEntity, CaseSummaryVersionEntity } from './case-summary.entity.js';
import { CaseSummaryModel } from './case-summary.model.js';
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
  category: DataCategory | null;
  basis: VisibilityBasis | null;
  consent_id: string | null;
  body: string | null;
}

/** The case as the reader sees it: needed to name the person in the provision record. */
export interface SummaryReadScope {
  readonly caseId: string;
  readonly subjectName: string;
  /** Reading inside a conference: its id goes on the provision records, its facts decide the 支援会議 basis. */
  readonly conference?: { readonly id: string; readonly facts: SupportMeetingFacts };
}

/**
 * Agencies' summaries of a case. Each section is shown or withheld by the access layer's
 * rule, evaluated inside the query, so a withheld body never leaves the database. Every
 * section shown from another agency is a provision of personal data and is audited in the
 * same transaction as the read.
 */
@Injectable()
export class SummariesService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly consents: ConsentProvisionsSql,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Replaces the actor's agency's summary of the case with `sections`, as a new version. */
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
      const own = (await this.read(actor, { caseId: entity.id, subjectName: entity.subject.fullName })).find((s) => s.agency.id === actor.agencyId);
      if (!own) throw new Error('The summary just written is not visible to its own agency');
      return own;
    });
  }

  /**
   * Every contributing agency's summary of a case the caller has already been allowed to
   * see, with each section shown or redacted for `purpose`. A fixed number of statements,
   * whatever the number of agencies and sections.
   */
  async read(actor: Actor, scope: SummaryReadScope, purpose: Purpose = Purpose.CASE_COORDINATION): Promise<CaseSummaryModel[]> {
    const meeting = scope.conference && { facts: scope.conference.facts, caseId: scope.caseId };
    const query = summarySectionsQuery((refs) => this.access.sectionVisibility(actor, refs, this.consents, purpose, meeting), scope.caseId);
    return this.tx.run(async (manager) => {
      const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(query.sql, query.params);
      const rows = await manager.query<SectionRow[]>(sql, parameters);
      await this.audit.record(actor, provisionsOf(actor, scope, rows));
      return toSummaries(rows);
    });
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

// One provision record per providing agency, basis and consent, listing the categories shown.
function provisionsOf(actor: Actor, scope: SummaryReadScope, rows: readonly SectionRow[]): AuditEntry[] {
  const groups = new Map<string, AuditEntry & { categories: DataCategory[] }>();
  for (const row of rows) {
    if (!row.category || !row.basis || row.basis === VisibilityBasis.OWN_AGENCY) continue;
    const key = `${row.agency_id}|${row.basis}|${row.consent_id ?? ''}`;
    let entry = groups.get(key);
    if (!entry) {
      entry = {
        action: 'case.summary_provided',
        caseId: scope.caseId,
        subjectName: scope.subjectName,
        basis: row.basis,
        consentId: row.consent_id,
        conferenceId: scope.conference?.id ?? null,
        providerAgencyId: row.agency_id,
        recipientAgencyId: actor.agencyId,
        recipientUserId: actor.userId,
        categories: [],
      };
      groups.set(key, entry);
    }
    entry.categories.push(row.category);
  }
  return [...groups.values()];
}

/**
 * The one query that reads a case's summaries, every section with its basis decided by
 * the visibility `decide` gives for the query's own columns (redacted bodies are never
 * selected). Consent is decided once per category, before the sections are joined.
 * Exported for the benchmark's plain endpoint, which must run exactly this SQL.
 */
export function summarySectionsQuery(decide: (refs: SectionRefs) => SectionVisibilitySql, caseId: string): SqlCondition {
  const visibility = decide({ caseId: ':caseId', category: 'c.category', authorAgencyId: 's.agency_id', consentRelied: 'cc.consent_id' });
  return {
    sql: `WITH consent_by_category AS MATERIALIZED (
            SELECT c.category, ${visibility.consentRelied} AS consent_id FROM unnest(enum_range(NULL::data_category)) AS c(category)
          )
          SELECT s.id AS summary_id, s.agency_id, a.name AS agency_name, a.sector AS agency_sector, a.created_at AS agency_created_at,
                 s.version, s.updated_at, sec.category, v.basis, v.consent_id,
                 CASE WHEN v.basis IS NOT NULL THEN sec.body END AS body
          FROM case_summaries s
          JOIN agencies a ON a.id = s.agency_id
          LEFT JOIN case_summary_sections sec ON sec.summary_id = s.id
          LEFT JOIN consent_by_category cc ON cc.category = sec.category
          LEFT JOIN LATERAL (SELECT ${visibility.basis} AS basis, ${visibility.consentId} AS consent_id) v ON sec.category IS NOT NULL
          WHERE s.case_id = :caseId
          ORDER BY a.name, s.agency_id, sec.category`,
    params: { ...visibility.params, caseId },
  };
}
