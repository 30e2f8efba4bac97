import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, ThroughTheDoor, type Actor } from '@renkei/access';
import { DownloadFile, Expensive } from '@renkei/graphql';
import { IndicatorRecordsArgs, IndicatorReportArgs, IndicatorReportFileArgs, NationalReportArgs, NationalReportFileArgs, SetIndicatorTargetInput, UpdateIndicatorSettingsInput } from './dto/indicator.args.js';
import { IndicatorSettingsModel, IndicatorTargetModel, NationalReportModel } from './indicator-admin.model.js';
import { IndicatorReportsService } from './indicator-reports.service.js';
import { IndicatorSettingsService } from './indicator-settings.service.js';
import { IndicatorsService } from './indicators.service.js';
import { IndicatorRecordModel, IndicatorReportModel } from './indicator.model.js';

const READERS = 'COORDINATOR, ADMIN, AUDITOR of the municipality (FORBIDDEN for others)';

@Resolver()
@CheckPolicies((ability) => ability.can('read', 'Indicators'))
export class IndicatorsResolver {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly reports: IndicatorReportsService,
    private readonly settings: IndicatorSettingsService,
  ) {}

  @Query(() => IndicatorReportModel, { description: `${READERS}: the indicators (指標) of a fiscal year or month, computed from the records, with their targets.` })
  indicatorReport(@CurrentActor() actor: Actor, @Args() { period, agencyId }: IndicatorReportArgs): Promise<IndicatorReportModel> {
    return this.indicators.report(actor, period, agencyId ?? null);
  }

  @ThroughTheDoor('Query.indicatorRecords')
  @Query(() => [IndicatorRecordModel], {
    description: `${READERS}: the records behind a figure (at most 200, newest first) that the caller may see, read through their own door; FORBIDDEN when the figure has no drill-down for the caller.`,
  })
  indicatorRecords(@CurrentActor() actor: Actor, @Args() { key, period, agencyId, cell }: IndicatorRecordsArgs): Promise<IndicatorRecordModel[]> {
    return this.indicators.recordsBehind(actor, key, period, agencyId ?? null, cell ?? null);
  }

  @Query(() => IndicatorSettingsModel, { description: `${READERS}.` })
  indicatorSettings(@CurrentActor() actor: Actor): Promise<IndicatorSettingsModel> {
    return this.settings.settings(actor);
  }

  @Query(() => NationalReportModel, { description: `${READERS}: the yearly report to the nation (国への報告); counts from 1 to below the threshold suppressed.` })
  nationalReport(@CurrentActor() actor: Actor, @Args() { fiscalYear }: NationalReportArgs): Promise<NationalReportModel> {
    return this.reports.nationalReport(actor, fiscalYear);
  }

  @Expensive(2)
  @Query(() => DownloadFile, { description: `${READERS}: the indicator table as a file; forExternal (外部提出用) suppresses small counts. Audited (export.created).` })
  indicatorReportFile(@CurrentActor() actor: Actor, @Args() { period, agencyId, format, encoding, forExternal }: IndicatorReportFileArgs): Promise<DownloadFile> {
    return this.reports.indicatorReportFile(actor, period, agencyId ?? null, { format, encoding: encoding ?? null }, forExternal ?? false);
  }

  @Expensive(2)
  @Query(() => DownloadFile, { description: `${READERS}: the national report as a file, always suppressed. Audited (export.created).` })
  nationalReportFile(@CurrentActor() actor: Actor, @Args() { fiscalYear, format, encoding }: NationalReportFileArgs): Promise<DownloadFile> {
    return this.reports.nationalReportFile(actor, fiscalYear, { format, encoding: encoding ?? null });
  }

  @CheckPolicies((ability) => ability.can('update', 'Indicators'))
  @Mutation(() => IndicatorTargetModel, { description: 'ADMIN: sets (or, with value null, clears) a target; audited (indicator.target_set / indicator.target_cleared).' })
  setIndicatorTarget(@CurrentActor() actor: Actor, @Args('input') input: SetIndicatorTargetInput): Promise<IndicatorTargetModel> {
    return this.settings.setTarget(actor, input);
  }

  @CheckPolicies((ability) => ability.can('update', 'Indicators'))
  @Mutation(() => IndicatorSettingsModel, { description: 'ADMIN: the suppression threshold and the national report items; audited (indicator.settings_updated).' })
  updateIndicatorSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateIndicatorSettingsInput): Promise<IndicatorSettingsModel> {
    return this.settings.updateSettings(actor, input);
  }
}
