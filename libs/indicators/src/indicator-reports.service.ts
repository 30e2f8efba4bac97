import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AuditTrail } from '@renkei/audit';
import { downloadFile, type DownloadFile } from '@renkei/graphql';
import { Clock, DomainError, jstDate } from '@renkei/kernel';
import { renderSheet, UndecodableCsv, type CsvEncoding, type SpreadsheetFormat } from '@renkei/spreadsheets';
import type { NationalReportModel, NationalReportRowModel } from './indicator-admin.model.js';
import { indicatorSheet, nationalSheet } from './indicator-sheets.js';
import { IndicatorSettingsService } from './indicator-settings.service.js';
import { IndicatorsService } from './indicators.service.js';
import type { IndicatorPeriodInput } from './indicator.model.js';
import { publishFigure, type PublishedCount } from './suppression.js';

/** How a file of figures is saved. */
export interface FileFormat {
  readonly format: SpreadsheetFormat;
  readonly encoding: CsvEncoding | null;
}

/**
 * What leaves the municipality or its screens: the national report (国への報告, always
 * suppressed) and the indicator table as a file (suppressed when it is for outside, 外部提出用).
 * Every file is audited with what it holds.
 */
@Injectable()
export class IndicatorReportsService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly settings: IndicatorSettingsService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** The whole fiscal year, the whole municipality, the chosen items; small counts suppressed. */
  async nationalReport(actor: Actor, fiscalYear: number): Promise<NationalReportModel> {
    const settings = await this.settings.settings(actor);
    const { figures } = await this.indicators.figures(actor, { fiscalYear }, null, settings.nationalReportItems);
    const rows = figures.flatMap((figure): NationalReportRowModel[] => {
      const { definition } = figure;
      const { total, cells } = publishFigure(figure, settings.suppressionThreshold);
      const row = (label: string, count: PublishedCount) => ({ key: definition.key, label, value: count.value, suppressed: count.suppressed });
      // Meetings are reported by kind (支援会議 / 重層的支援会議), as the nation asks.
      const byKind = definition.cells === 'conferenceKind' ? cells.map((cell) => row(`${definition.title}：${cell.label}`, cell)) : [];
      return [row(definition.title, total), ...byKind];
    });
    return { fiscalYear, rows };
  }

  async nationalReportFile(actor: Actor, fiscalYear: number, file: FileFormat): Promise<DownloadFile> {
    const report = await this.nationalReport(actor, fiscalYear);
    return this.save(actor, nationalSheet(report.rows), `国への報告_${fiscalYear}年度`, file, { list: 'nationalReport', fiscalYear, rows: report.rows.length, suppressed: true });
  }

  async indicatorReportFile(actor: Actor, input: IndicatorPeriodInput, agencyId: string | null, file: FileFormat, forExternal: boolean): Promise<DownloadFile> {
    const { period, figures } = await this.indicators.figures(actor, input, agencyId);
    const targets = await this.settings.targets(actor.municipalityId, { fiscalYear: period.fiscalYear, month: period.month, agencyId });
    const threshold = forExternal ? (await this.settings.current(actor.municipalityId)).suppressionThreshold : null;
    const sheet = indicatorSheet(figures, period.months, targets, threshold);
    const name = `指標_${period.fiscalYear}年度${period.month ? `${period.month}月` : ''}${forExternal ? '_外部提出用' : ''}`;
    return this.save(actor, sheet, name, file, { list: 'indicatorReport', fiscalYear: period.fiscalYear, month: period.month, agencyId, rows: sheet.rows.length, suppressed: forExternal });
  }

  private async save<Row>(actor: Actor, sheet: Parameters<typeof renderSheet<Row>>[0], name: string, file: FileFormat, details: Record<string, unknown>): Promise<DownloadFile> {
    const rendered = await renderSheet(sheet, file.format, file.encoding ?? undefined).catch((error: unknown) => {
      // An agency's name may hold a character Shift_JIS lacks: the caller's choice to change.
      if (error instanceof UndecodableCsv) throw DomainError.badInput([{ field: 'encoding', message: 'Shift_JISで表せない文字が含まれています。UTF-8で保存してください' }]);
      throw error;
    });
    await this.audit.record(actor, [{ action: 'export.created', details: { ...details, format: file.format, encoding: file.encoding } }]);
    return downloadFile(`${name}_${jstDate(this.clock.now())}.${rendered.extension}`, rendered.contentType, rendered.bytes);
  }
}
