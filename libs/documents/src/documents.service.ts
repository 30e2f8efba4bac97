import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditService } from '@renkei/audit';
import { CasesService } from '@renkei/cases';
import { ConferenceRecord } from '@renkei/conferences';
import { DisclosureService } from '@renkei/disclosure';
import { type DownloadFile, downloadFile } from '@renkei/graphql';
import { Clock, DomainError, jstDate } from '@renkei/kernel';
import { PlansService } from '@renkei/plans';
import { conferenceRecordDocument } from './conference-record-document.js';
import { disclosureDocument } from './disclosure-document.js';
import type { OfficeDocument } from './office-document.js';
import { PdfRenderer } from './pdf-renderer.js';
import { planDocument } from './plan-document.js';
import { type DayPeriod, provisionRecordDocument } from './provision-record-document.js';

/**
 * The office documents as PDF files. Each reads its facts through the service and door its
 * screen reads them through (same roles, same audit, same provisions recorded), then writes
 * them in the one template.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly renderer: PdfRenderer,
    private readonly conferenceRecords: ConferenceRecord,
    private readonly cases: CasesService,
    private readonly plans: PlansService,
    private readonly disclosures: DisclosureService,
    private readonly provisionRecords: AuditService,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
  ) {}

  async conferenceRecord(actor: Actor, conferenceId: string, era: boolean): Promise<DownloadFile> {
    const record = await this.conferenceRecords.read(actor, conferenceId);
    const now = this.clock.now();
    return this.pdf(`会議録_${record.title}_${jstDate(now)}`, conferenceRecordDocument(record, await this.municipality(actor), now, era));
  }

  async plan(actor: Actor, planId: string, era: boolean): Promise<DownloadFile> {
    const caseId = await this.plans.caseOf(planId);
    if (!caseId) throw DomainError.notFound('Plan');
    // The case through its door, then the plan's texts as the reader may see them for that scope.
    const found = await this.cases.get(actor, caseId);
    const plan = (await this.plans.byIds(actor, caseId, [planId], found.scope)).get(planId);
    if (!plan) throw DomainError.notFound('Plan');
    const agencies = await this.agencies.byIds([plan.agencyId, ...(plan.leadAgencyId ? [plan.leadAgencyId] : []), ...plan.goals.flatMap((g) => g.roles.map((r) => r.agencyId))]);
    const document = planDocument(plan, found.title, await this.municipality(actor), (id) => agencies.get(id)?.name ?? '—', this.clock.now(), era);
    return this.pdf(`支援プラン_第${plan.number}版_${found.title}`, document);
  }

  async personDisclosure(actor: Actor, caseId: string, era: boolean): Promise<DownloadFile> {
    const disclosure = await this.disclosures.personDisclosure(actor, caseId);
    return this.pdf(`本人開示_${disclosure.personName}_${jstDate(disclosure.producedAt)}`, disclosureDocument(disclosure, era));
  }

  async provisionRecordsOf(actor: Actor, caseId: string, period: DayPeriod, era: boolean): Promise<DownloadFile> {
    if (period.from && period.to && period.from > period.to) throw DomainError.badInput([{ field: 'to', message: '終了日は開始日以降の日付にしてください' }]);
    // A day of the period is a JST calendar day, as the records are combined per day in Japan.
    const records = (await this.provisionRecords.provisionRecords(actor, caseId)).filter((record) => {
      const day = jstDate(record.providedAt);
      return (!period.from || day >= period.from) && (!period.to || day <= period.to);
    });
    const agencies = await this.agencies.byIds(records.flatMap((r) => [r.providerAgencyId, r.recipientAgencyId]));
    const now = this.clock.now();
    const subject = records[0]?.subjectName ?? '';
    const document = provisionRecordDocument(records, period, await this.municipality(actor), (id) => agencies.get(id)?.name ?? '—', now, era);
    return this.pdf(`提供記録_${subject ? `${subject}_` : ''}${jstDate(now)}`, document);
  }

  private async municipality(actor: Actor): Promise<string> {
    return (await this.agencies.municipality(actor)).name;
  }

  private async pdf(name: string, document: OfficeDocument): Promise<DownloadFile> {
    // A name is saved as a file: no path separators or control characters from what people wrote.
    const filename = `${name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 120)}.pdf`;
    return downloadFile(filename, 'application/pdf', await this.renderer.render(document));
  }
}
