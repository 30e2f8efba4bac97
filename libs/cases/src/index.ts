import { CaseEntity } from './case.entity.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { CaseTeamMemberEntity } from './case-team-member.entity.js';

export { CaseScopedEntity } from './case-scoped.entity.js';
export { CaseModel, CaseSubjectModel } from './case.model.js';
export { COORDINATION } from './case-reader.js';
export { IntakeConsents } from './intake-consents.js';
export { CASE_STATUS_LABELS, CaseStatus } from './case-status.js';
export { CaseFilterArgs } from './dto/cases.args.js';
export { CasesModule } from './cases.module.js';
export { caseColumns } from './case-columns.js';
export { CasesService, type AccessibleCase } from './cases.service.js';
export { CaseEntity };

/** The tables this context owns, for the application's DataSource. */
export const CASE_ENTITIES = [CaseEntity, CaseTeamMemberEntity, CaseStatusChangeEntity];
export { CASE_INDICATOR_FACTS } from './case-indicator-facts.js';
