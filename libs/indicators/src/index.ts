import { IndicatorSettingsEntity } from './indicator-settings.entity.js';
import { IndicatorTargetEntity } from './indicator-target.entity.js';

export { IndicatorsModule } from './indicators.module.js';
export { IndicatorGroupKey, IndicatorKey, IndicatorRecordKind } from './indicator-enums.js';
export type { FactSource } from './fact-source.js';
export { indicatorStatement } from './indicator-statements.js';

/** The tables this context owns, for the application's DataSource. */
export const INDICATOR_ENTITIES = [IndicatorTargetEntity, IndicatorSettingsEntity];
