// Retention (保存期間): periods an administrator sets per kind of data, and the job that applies them.
import { CaseErasureEntity } from './case-erasure.entity.js';
import { RetentionPolicyEntity } from './retention-policy.entity.js';

export { RetentionJob } from './retention-job.js';
export { RetentionKind } from './retention-kind.js';
export { MAX_RETENTION_DAYS, MIN_ACCESS_LOG_DAYS, MIN_RETENTION_DAYS } from './retention-period.js';
export { RetentionModule } from './retention.module.js';

/** The tables this context owns, for the application's DataSource. */
export const RETENTION_ENTITIES = [RetentionPolicyEntity, CaseErasureEntity];
