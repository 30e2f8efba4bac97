import { CaseSummaryEntity, CaseSummarySectionEntity, CaseSummaryVersionEntity } from './case-summary.entity.js';

export { CaseSummaryModel } from './case-summary.model.js';
export { SummariesModule } from './summaries.module.js';
export { summarySectionsQuery, SummariesService } from './summaries.service.js';

/** The tables this context owns, for the application's DataSource. */
export const SUMMARY_ENTITIES = [CaseSummaryEntity, CaseSummarySectionEntity, CaseSummaryVersionEntity];
