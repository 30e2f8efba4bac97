import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor, type ReadScope, type SqlCondition } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '@renkei/graphql';
import { DataCategory, DomainError, isUuid, Purpose, type VisibilityBasis } from '@renkei/kernel';
import { CaseModel, type CaseRecord } from './case.model.js';
import type { CaseStatus } from './case-status.js';
import { nameMatches } from './name-search.js';

/** A page of the case list: its size, cursor, and filters. */
export interface CasePageArgs {
  readonly first: number;
  readonly after?: string | undefined;
  readonly status?: CaseStatus | undefined;
  /** The person's name or kana, matched only where the caller may see the record. */
  readonly search?: string | undefined;
}

/** Outside a conference, a case is read to coordinate support. */
export const COORDINATION: ReadScope = { purpose: Purpose.CASE_COORDINATION };

interface CaseRow {
  id: string;
  municipality_id: string;
  title: string;
  status: CaseStatus;
  needs: DataCategory[];
  created_at: Date;
  updated_at: Date;
  version: number;
  opened_by_agency_id: string;
}

interface RecordRow {
  id: string;
  opened_by_agency_id: string;
  basis: VisibilityBasis | null;
  consent_id: string | null;
  conference_id: string | null;
  emergency_access_id: string | null;
  full_name: string | null;
  full_name_kana: string | null;
  birth_date: string | null;
  address: string | null;
  intake_note: string | null;
}

/**
 * The one door to cases: every path that returns a case (by id, in a list, as a task's or an
 * agenda item's case) loads it here. The access layer decides in the query which cases the
 * reader may know of; the record (who the person is and what they told the counter: the
 * recording agency's BASIC data) is decided by {@link records} for the cases whose record a
 * read asks for, and a withheld record never leaves the database. Returning the record is a
 * provision, recorded by {@link provide}.
 */
@Injectable()
export class CaseReader {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** The readable cases among `ids`, with the record decided for `scope`. */
  async byIds(actor: Actor, ids: readonly string[], scope: ReadScope = COORDINATION): Promise<Map<string, CaseModel>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await this.select(actor, scope, { sql: 'c.id IN (:...ids)', params: { ids: valid } }, '');
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Which of `ids` the actor may know of (nothing of the record is read). */
  async knownIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    const readable = this.readable(actor);
    const valid = ids.filter(isUuid);
    if (!readable || valid.length === 0) return new Set();
    const rows = await this.run<{ id: string }>(`SELECT c.id FROM cases c WHERE ${readable.sql} AND c.id IN (:...ids)`, { ...readable.params, ids: valid });
    return new Set(rows.map((row) => row.id));
  }

  /** The case, if the actor may know of it; NOT_FOUND otherwise, exactly as for a missing one. */
  async require(actor: Actor, caseId: string, scope: ReadScope = COORDINATION): Promise<CaseModel> {
    const found = (await this.byIds(actor, [caseId], scope)).get(caseId);
    if (!found) throw DomainError.notFound('Case');
    return found;
  }

  /** The cases the actor may know of, newest first, a keyset page at a time. */
  async page(actor: Actor, args: CasePageArgs): Promise<Connection<CaseModel>> {
    const filters: SqlCondition[] = args.status ? [{ sql: 'c.status = :status', params: { status: args.status } }] : [];
    const search = args.search ? this.recordNameMatches(actor, args.search) : null;
    if (search) filters.push(search);
    const totalCount = await this.count(actor, filters);
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2).map(String);
      if (!id || !isUuid(id) || Number.isNaN(Date.parse(createdAt ?? ''))) throw DomainError.badInput([{ field: 'after', message: 'is not a cursor this API issued' }]);
      filters.push({ sql: '(c.created_at, c.id) < (:createdAt, :id)', params: { createdAt, id } });
    }
    const where = filters.length > 0 ? { sql: filters.map((f) => f.sql).join(' AND '), params: Object.assign({}, ...filters.map((f) => f.params)) } : { sql: 'TRUE', params: {} };
    const rows = await this.select(actor, COORDINATION, where, `ORDER BY c.created_at DESC, c.id DESC LIMIT ${args.first + 1}`);
    return toConnection(rows, args.first, totalCount, (c) => encodeCursor([c.openedAt.toISOString(), c.id]), args.after);
  }

  /**
   * The record of each of these cases as the actor may see it for `scope`: the basis, and
   * the person's identity and intake note only where a basis holds. The ids come from cases
   * the actor was allowed to know of.
   */
  async records(actor: Actor, ids: readonly string[], scope: ReadScope): Promise<Map<string, CaseRecord>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const record = this.access.dataVisibility(actor, { caseId: 'c.id', providerAgencyId: 'c.opened_by_agency_id', category: `CAST('${DataCategory.BASIC}' AS data_category)` }, scope, 'rv_', true);
    const shown = (column: string) => `CASE WHEN v.basis IS NOT NULL THEN ${column} END`;
    const rows = await this.run<RecordRow>(
      `SELECT c.id, c.opened_by_agency_id, v.basis, v.consent_id, v.conference_id, v.emergency_access_id,
              ${shown('c.subject_full_name')} AS full_name, ${shown('c.subject_full_name_kana')} AS full_name_kana,
              ${shown(`to_char(c.subject_birth_date, 'YYYY-MM-DD')`)} AS birth_date, ${shown('c.subject_address')} AS address, ${shown('c.intake_note')} AS intake_note
       FROM cases c
       LEFT JOIN LATERAL (${record.facts}) rf ON TRUE
       LEFT JOIN LATERAL (SELECT ${record.basis('rf')} AS basis, ${record.consentId('rf')} AS consent_id, ${record.conferenceId('rf')} AS conference_id, ${record.emergencyAccessId('rf')} AS emergency_access_id) v ON TRUE
       WHERE c.id IN (:...ids)`,
      { ...record.params, ids: valid },
    );
    return new Map(rows.map((row) => [row.id, toRecord(row)]));
  }

  /**
   * Records the provisions of the records returned, one entry per case (the audit trail
   * combines repeats of a day into one provision record).
   */
  async provide(actor: Actor, records: readonly CaseRecord[]): Promise<void> {
    const provided = records.flatMap((r) => (r.provision && r.subject ? [{ caseId: r.caseId, provision: r.provision, subjectName: r.subject.fullName }] : []));
    await this.audit.record(
      actor,
      provided.map(({ caseId, provision, subjectName }) => ({
        action: 'case.record_provided',
        caseId,
        subjectName,
        categories: [DataCategory.BASIC],
        basis: provision.basis,
        consentId: provision.consentId,
        conferenceId: provision.conferenceId,
        emergencyAccessId: provision.emergencyAccessId,
        providerAgencyId: provision.providerAgencyId,
        recipientAgencyId: actor.agencyId,
        recipientUserId: actor.userId,
        provision: true,
      })),
    );
  }

  /**
   * The cases whose person's name or kana matches `search`, among those whose record the
   * actor may see: a withheld record is never searched, so a search cannot tell that a
   * person one may not name is in a case (that would give the name away).
   */
  private recordNameMatches(actor: Actor, search: string): SqlCondition | null {
    const names = nameMatches(['c.subject_full_name', 'c.subject_full_name_kana'], search, 'sn_');
    if (!names) return null;
    const record = this.access.dataVisibility(actor, { caseId: 'c.id', providerAgencyId: 'c.opened_by_agency_id', category: `CAST('${DataCategory.BASIC}' AS data_category)` }, COORDINATION, 'sv_', true);
    return { sql: `((SELECT ${record.basis('sf')} FROM (${record.facts}) sf) IS NOT NULL AND ${names.sql})`, params: { ...record.params, ...names.params } };
  }

  private readable(actor: Actor): SqlCondition | null {
    return this.access.readableCases(actor, {
      caseId: 'c.id',
      municipalityId: 'c.municipality_id',
      teamHas: (agency) => `EXISTS (SELECT 1 FROM case_team_members tm WHERE tm.case_id = c.id AND tm.agency_id = ${agency})`,
    });
  }

  private async count(actor: Actor, filters: readonly SqlCondition[]): Promise<number> {
    const readable = this.readable(actor);
    if (!readable) return 0;
    const conditions = [readable, ...filters];
    const [row] = await this.run<{ count: string }>(`SELECT count(*) AS count FROM cases c WHERE ${conditions.map((f) => f.sql).join(' AND ')}`, Object.assign({}, ...conditions.map((f) => f.params)));
    return Number(row?.count ?? 0);
  }

  private async select(actor: Actor, scope: ReadScope, where: SqlCondition, tail: string): Promise<CaseModel[]> {
    const readable = this.readable(actor);
    if (!readable) return [];
    const rows = await this.run<CaseRow>(
      `SELECT c.id, c.municipality_id, c.title, c.status, c.needs::text[] AS needs, c.created_at, c.updated_at, c.version, c.opened_by_agency_id
       FROM cases c WHERE ${readable.sql} AND ${where.sql} ${tail}`,
      { ...readable.params, ...where.params },
    );
    return rows.map((row) => toModel(row, scope));
  }

  private async run<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const { manager } = this.tx;
    const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(sql, params);
    return manager.query<T[]>(query, parameters);
  }
}

function toModel(row: CaseRow, scope: ReadScope): CaseModel {
  return Object.assign(new CaseModel(), {
    id: row.id,
    title: row.title,
    status: row.status,
    needs: row.needs,
    openedAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    recordingAgencyId: row.opened_by_agency_id,
    scope,
    municipalityId: row.municipality_id,
  });
}

function toRecord(row: RecordRow): CaseRecord {
  const visible = row.basis !== null;
  return {
    caseId: row.id,
    basis: row.basis,
    subject: visible ? { fullName: row.full_name ?? '', fullNameKana: row.full_name_kana ?? '', birthDate: row.birth_date ?? '', address: row.address ?? '' } : null,
    intakeNote: visible ? row.intake_note : null,
    provision: row.basis && row.basis !== 'OWN_AGENCY' ? { providerAgencyId: row.opened_by_agency_id, basis: row.basis, consentId: row.consent_id, conferenceId: row.conference_id, emergencyAccessId: row.emergency_access_id } : null,
  };
}
