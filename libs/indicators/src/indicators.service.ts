import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { Transactions } from '@renkei/database';
import { Clock, DomainError } from '@renkei/kernel';
import { factStatement, recordStatement, type FactRow, type FactScope } from './fact-query.js';
import type { FactSource } from './fact-source.js';
import { definitionOf, GROUP_TITLES, INDICATORS, type IndicatorDefinition } from './indicator-catalog.js';
import { figureOf, type Figure } from './indicator-figures.js';
import { periodOf, type Period } from './indicator-period.js';
import { IndicatorRecords, type CountedRecord } from './indicator-records.js';
import { IndicatorSettingsService } from './indicator-settings.service.js';
import { IndicatorGroupKey, type IndicatorKey } from './indicator-enums.js';
import type { IndicatorPeriodInput, IndicatorRecordModel, IndicatorReportModel } from './indicator.model.js';

/** The most records a drill-down lists: the newest first. */
export const MAX_INDICATOR_RECORDS = 200;

/** The figures of a period, for the whole municipality or one agency. */
export interface Figures {
  readonly period: Period;
  readonly agencyId: string | null;
  readonly figures: readonly Figure[];
}

/**
 * The indicators (指標): computed in SQL from the records each context keeps (never typed in,
 * never records loaded into Node), for a fiscal year or a month, for the municipality or one
 * agency; with the targets set for them and, for readers who may open them, the records behind.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
    private readonly agencies: AgenciesService,
    private readonly settings: IndicatorSettingsService,
    private readonly records: IndicatorRecords,
  ) {}

  async report(actor: Actor, input: IndicatorPeriodInput, agencyId: string | null): Promise<IndicatorReportModel> {
    const { period, figures } = await this.figures(actor, input, agencyId);
    const targets = await this.settings.targets(actor.municipalityId, { fiscalYear: period.fiscalYear, month: period.month, agencyId });
    const groups = Object.values(IndicatorGroupKey).flatMap((key) => {
      const indicators = figures
        .filter((figure) => figure.definition.group === key)
        .map(({ definition, total, cells, months }) => ({
          key: definition.key,
          title: definition.title,
          unit: definition.unit,
          value: total.value,
          target: targets.get(definition.key) ?? null,
          breakdown: cells.map(({ key: cell, label, value }) => ({ key: cell, label, value })),
          byMonth: months.map(({ month, value }) => ({ month, value })),
          drillDown: definition.records !== undefined && this.records.mayOpen(actor, definition.records),
        }));
      return indicators.length > 0 ? [{ key, title: GROUP_TITLES[key], indicators }] : [];
    });
    return { period: { fiscalYear: period.fiscalYear, month: period.month, from: period.from, to: period.to }, agencyId, groups };
  }

  /**
   * Every figure of the period, in one statement per indicator, run side by side. For one
   * agency, the figures that belong to no agency (conferences, 地域づくり) are left out.
   */
  async figures(actor: Actor, input: IndicatorPeriodInput, agencyId: string | null, keys?: readonly IndicatorKey[]): Promise<Figures> {
    const scope = await this.scopeOf(actor, input, agencyId);
    const chosen = INDICATORS.filter((definition) => (!keys || keys.includes(definition.key)) && (!agencyId || definition.source.agency));
    const rows = await Promise.all(chosen.map((definition) => this.run<FactRow>(factStatement(definition.source, scope))));
    const agencyNames = await this.agencyNames(chosen, rows);
    const period = periodOf(input.fiscalYear, input.month ?? null);
    return { period, agencyId, figures: chosen.map((definition, i) => figureOf(definition, rows[i] ?? [], period.months, agencyNames)) };
  }

  /** The records behind a figure (or one cell of it) that the reader may see, newest first. */
  async recordsBehind(actor: Actor, key: IndicatorKey, input: IndicatorPeriodInput, agencyId: string | null, cell: string | null): Promise<IndicatorRecordModel[]> {
    const definition = definitionOf(key);
    const scope = await this.scopeOf(actor, input, agencyId);
    const { records: kind } = definition;
    const source = definition.source;
    if (!kind || !hasRecords(source)) return [];
    if (!this.records.mayOpen(actor, kind)) throw DomainError.forbidden('この指標の記録を開く権限がありません');
    const counted = await this.run<CountedRecord>(recordStatement(source, scope, cell, MAX_INDICATOR_RECORDS));
    return this.records.read(actor, kind, counted);
  }

  private async scopeOf(actor: Actor, input: IndicatorPeriodInput, agencyId: string | null): Promise<FactScope> {
    this.access.assert(actor, 'read', 'Indicators', { municipalityId: actor.municipalityId });
    await this.settings.assertAgency(actor, agencyId);
    return { municipalityId: actor.municipalityId, period: periodOf(input.fiscalYear, input.month ?? null), agencyId, now: this.clock.now() };
  }

  // The names of the agencies that are cells of a breakdown: the directory, not the records.
  private async agencyNames(chosen: readonly IndicatorDefinition[], rows: readonly (readonly FactRow[])[]): Promise<Map<string, string>> {
    const ids = chosen.flatMap((definition, i) => (definition.cells === 'agency' ? (rows[i] ?? []).flatMap((row) => (row.cell ? [row.cell] : [])) : []));
    const found = ids.length > 0 ? await this.agencies.byIds([...new Set(ids)]) : new Map<string, { name: string }>();
    return new Map([...found].map(([id, agency]) => [id, agency.name]));
  }

  private run<T>({ sql, params }: { sql: string; params: unknown[] }): Promise<T[]> {
    return this.tx.manager.query<T[]>(sql, params);
  }
}

function hasRecords(source: FactSource): source is FactSource & { record: string } {
  return source.record !== undefined;
}
