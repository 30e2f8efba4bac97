import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { AuditTrail } from '@renkei/audit';
import { Transactions } from '@renkei/database';
import { Clock, DomainError } from '@renkei/kernel';
import type { SetIndicatorTargetInput, UpdateIndicatorSettingsInput } from './dto/indicator.args.js';
import type { IndicatorTargetModel, IndicatorSettingsModel } from './indicator-admin.model.js';
import { INDICATORS, NATIONAL_DEFAULT } from './indicator-catalog.js';
import type { IndicatorKey } from './indicator-enums.js';
import { IndicatorSettingsEntity } from './indicator-settings.entity.js';
import { ALL_AGENCIES, IndicatorTargetEntity, WHOLE_YEAR } from './indicator-target.entity.js';

export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

/** Where a target applies: an indicator, a fiscal year or one month of it, the municipality or one agency. */
export interface TargetScope {
  readonly fiscalYear: number;
  readonly month: number | null;
  readonly agencyId: string | null;
}

/**
 * What the administrator sets for the figures: targets (目標値) per indicator, period and
 * agency, the suppression threshold and the national report's items. Every change audited.
 */
@Injectable()
export class IndicatorSettingsService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly agencies: AgenciesService,
  ) {}

  async settings(actor: Actor): Promise<IndicatorSettingsModel> {
    this.access.assert(actor, 'read', 'Indicators', { municipalityId: actor.municipalityId });
    return this.current(actor.municipalityId);
  }

  /** The settings in force, defaults where none were saved; the national items in the catalogue's order. */
  async current(municipalityId: string): Promise<IndicatorSettingsModel> {
    const saved = await this.tx.manager.findOneBy(IndicatorSettingsEntity, { municipalityId });
    const chosen = new Set<IndicatorKey>(saved?.nationalReportItems ?? NATIONAL_DEFAULT);
    return {
      suppressionThreshold: saved?.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
      nationalReportItems: INDICATORS.filter((indicator) => chosen.has(indicator.key)).map((indicator) => indicator.key),
    };
  }

  async updateSettings(actor: Actor, input: UpdateIndicatorSettingsInput): Promise<IndicatorSettingsModel> {
    this.access.assert(actor, 'update', 'Indicators', { municipalityId: actor.municipalityId });
    return this.tx.run(async (manager) => {
      const before = await this.current(actor.municipalityId);
      const suppressionThreshold = input.suppressionThreshold ?? before.suppressionThreshold;
      const nationalReportItems = input.nationalReportItems ?? before.nationalReportItems;
      await manager.upsert(IndicatorSettingsEntity, { municipalityId: actor.municipalityId, suppressionThreshold, nationalReportItems, updatedByUserId: actor.userId, updatedAt: this.clock.now() }, ['municipalityId']);
      await this.audit.record(actor, [{ action: 'indicator.settings_updated', details: { suppressionThreshold, nationalReportItems, before } }]);
      return this.current(actor.municipalityId);
    });
  }

  async setTarget(actor: Actor, input: SetIndicatorTargetInput): Promise<IndicatorTargetModel> {
    this.access.assert(actor, 'update', 'Indicators', { municipalityId: actor.municipalityId });
    const scope: TargetScope = { fiscalYear: input.fiscalYear, month: input.month ?? null, agencyId: input.agencyId ?? null };
    await this.assertAgency(actor, scope.agencyId);
    const value = input.value ?? null;
    const key = { municipalityId: actor.municipalityId, key: input.key, fiscalYear: scope.fiscalYear, month: scope.month ?? WHOLE_YEAR, agencyScope: scope.agencyId ?? ALL_AGENCIES };
    return this.tx.run(async (manager) => {
      if (value === null) await manager.delete(IndicatorTargetEntity, key);
      else await manager.upsert(IndicatorTargetEntity, { ...key, value, updatedByUserId: actor.userId, updatedAt: this.clock.now() }, ['municipalityId', 'key', 'fiscalYear', 'month', 'agencyScope']);
      await this.audit.record(actor, [{ action: value === null ? 'indicator.target_cleared' : 'indicator.target_set', details: { key: input.key, ...scope, value } }]);
      return { key: input.key, ...scope, value };
    });
  }

  /** The targets set for exactly this period and agency, by indicator. */
  async targets(municipalityId: string, scope: TargetScope): Promise<Map<IndicatorKey, number>> {
    const rows = await this.tx.manager.findBy(IndicatorTargetEntity, { municipalityId, fiscalYear: scope.fiscalYear, month: scope.month ?? WHOLE_YEAR, agencyScope: scope.agencyId ?? ALL_AGENCIES });
    return new Map(rows.map((row) => [row.key, row.value]));
  }

  /** An agency of the caller's municipality, or BAD_USER_INPUT (another's is not revealed). */
  async assertAgency(actor: Actor, agencyId: string | null): Promise<void> {
    if (!agencyId) return;
    const agency = (await this.agencies.byIds([agencyId])).get(agencyId);
    if (agency?.municipalityId !== actor.municipalityId) throw DomainError.badInput([{ field: 'agencyId', message: 'is not an agency of the municipality' }]);
  }
}
