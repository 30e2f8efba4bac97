import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditService, AuditTrail } from '@renkei/audit';
import { CasesService, COORDINATION, type CaseModel } from '@renkei/cases';
import { type DownloadFile, downloadFile, MAX_PAGE_SIZE } from '@renkei/graphql';
import { Clock, DomainError, isUuid, jstDate } from '@renkei/kernel';
import { ReferralsService } from '@renkei/participation';
import { ResourcesService } from '@renkei/resources';
import { CsvEncoding, renderSheet, type Sheet, type SheetFileArgs, SpreadsheetFormat, UndecodableCsv } from '@renkei/spreadsheets';
import { TasksService } from '@renkei/tasks';
import type { CaseFileArgs, CasesFileArgs, MyTasksFileArgs } from './export-args.js';
import { casesSheet, provisionsSheet, referralsSheet, tasksSheet, type CaseRow } from './export-sheets.js';

/** The most cases one file holds: beyond it the caller narrows the filter (as a person would the list). */
export const MAX_EXPORTED_CASES = 10_000;

/**
 * Lists saved as files (CSV / Excel). Each list is read through the same service as its
 * page, so a file holds only what the reader may see, and the read records the provisions
 * it makes exactly as the page's read does; the export itself is audited (export.created).
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly auditRecords: AuditService,
    private readonly referrals: ReferralsService,
    private readonly agencies: AgenciesService,
    private readonly resources: ResourcesService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** ケース一覧: every case Query.cases would list with these filters, page after page. */
  async casesFile(actor: Actor, { status, search, ...file }: CasesFileArgs): Promise<DownloadFile> {
    const listed: CaseModel[] = [];
    let after: string | undefined;
    do {
      const page = await this.cases.list(actor, { status, search, first: MAX_PAGE_SIZE, after });
      if (page.totalCount > MAX_EXPORTED_CASES) throw DomainError.badInput([{ field: 'status', message: `${MAX_EXPORTED_CASES}件を超えるため、絞り込んでから保存してください` }]);
      listed.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    const ids = listed.map((c) => c.id);
    // The list reads every case to coordinate support (as Query.cases), so its records are decided for that scope.
    const [records, teams] = await Promise.all([this.cases.records(actor, ids, COORDINATION), this.cases.teamsOf(ids)]);
    // Returning the person's name is a provision, recorded as Case.subject records it.
    await this.cases.provide(actor, [...records.values()]);
    const rows: CaseRow[] = listed.map((c) => ({
      case: c,
      subject: records.get(c.id)?.subject ?? null,
      team: (teams.get(c.id) ?? []).map((agency) => agency.name),
    }));
    return this.save(actor, 'ケース一覧', casesSheet(rows), file, { status: status ?? null, searched: Boolean(search) });
  }

  /** マイタスク: the tasks of the caller and their agency, as Query.myTasks lists them. */
  async myTasksFile(actor: Actor, { status, ...file }: MyTasksFileArgs): Promise<DownloadFile> {
    const tasks = await this.tasks.mine(actor, status);
    const [cases, agencies] = await Promise.all([this.cases.readable(actor, tasks.map((t) => t.caseId)), this.agencyNames(tasks.map((t) => t.assigneeAgencyId))]);
    const rows = tasks.map((task) => ({ task, caseTitle: cases.get(task.caseId)?.title ?? '', assigneeAgency: task.assigneeAgencyId ? (agencies.get(task.assigneeAgencyId) ?? null) : null }));
    return this.save(actor, 'マイタスク', tasksSheet(rows), file, { status: status ?? null });
  }

  /** 提供記録 of a case: AUDITOR and ADMIN, as Query.provisionRecords. */
  async provisionRecordsFile(actor: Actor, { caseId, ...file }: CaseFileArgs): Promise<DownloadFile> {
    const records = await this.auditRecords.provisionRecords(actor, caseId);
    const agencies = await this.agencyNames(records.flatMap((r) => [r.providerAgencyId, r.recipientAgencyId]));
    const rows = records.map((record) => ({ record, provider: agencies.get(record.providerAgencyId) ?? '', recipient: agencies.get(record.recipientAgencyId) ?? '' }));
    // As the list, an id that names no case lists nothing, and the audit entry then names no case.
    return this.save(actor, '提供記録', provisionsSheet(rows), file, {}, isUuid(caseId) ? caseId : null);
  }

  /** 参加支援のつなぎ of a case: through the case door (NOT_FOUND as Query.case), each referral's content only on a basis. */
  async referralsFile(actor: Actor, { caseId, ...file }: CaseFileArgs): Promise<DownloadFile> {
    const found = await this.cases.get(actor, caseId);
    const referrals = await this.referrals.ofCase(actor, found.id, found.scope);
    const [resources, agencies] = await Promise.all([
      this.resources.byIds(actor, referrals.flatMap((r) => (r.resourceId ? [r.resourceId] : []))),
      this.agencyNames(referrals.map((r) => r.agencyId)),
    ]);
    const rows = referrals.map((referral) => ({ referral, resource: referral.resourceId ? (resources.get(referral.resourceId)?.name ?? null) : null, agency: agencies.get(referral.agencyId) ?? '' }));
    return this.save(actor, '参加支援', referralsSheet(rows), file, {}, found.id);
  }

  private async agencyNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const agencies = await this.agencies.byIds(wanted);
    return new Map([...agencies].map(([id, agency]) => [id, agency.name]));
  }

  /** Renders the file, named in Japanese with today's JST date, and audits the export. */
  private async save<Row>(actor: Actor, list: string, sheet: Sheet<Row>, { format, encoding }: SheetFileArgs, filter: Record<string, unknown>, caseId: string | null = null): Promise<DownloadFile> {
    const csvEncoding = format === SpreadsheetFormat.CSV ? (encoding ?? CsvEncoding.UTF8) : null;
    const file = await render(sheet, format, csvEncoding ?? undefined);
    await this.audit.record(actor, [{ action: 'export.created', caseId, details: { list, format, encoding: csvEncoding, rows: sheet.rows.length, filter } }]);
    return downloadFile(`${list}_${jstDate(this.clock.now())}.${file.extension}`, file.contentType, file.bytes);
  }
}

/** A list Shift_JIS cannot hold is the caller's choice of encoding at fault: BAD_USER_INPUT. */
async function render<Row>(sheet: Sheet<Row>, format: SpreadsheetFormat, encoding: CsvEncoding | undefined) {
  try {
    return await renderSheet(sheet, format, encoding);
  } catch (error) {
    if (error instanceof UndecodableCsv) throw DomainError.badInput([{ field: 'encoding', message: 'Shift_JISで表せない文字が含まれています。UTF-8で保存してください' }]);
    throw error;
  }
}
