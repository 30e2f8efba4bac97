import { AuditCheckpointEntity } from './audit-checkpoint.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';

export { AuditEventModel, ProvisionRecordModel } from './audit-event.model.js';
export { AuditPruning, type AuditPrefix } from './audit-pruning.js';
export { AuditModule } from './audit.module.js';
export { AuditSequencer } from './audit-sequencer.js';
export { AuditService } from './audit.service.js';
export { AuditTrail, type AuditActor, type AuditEntry } from './audit-trail.js';
export { provisionsShown, provisionsShownByCase, type ShownCaseItem, type ShownItem } from './provisions-shown.js';

/** The tables this context owns, for the application's DataSource. */
export const AUDIT_ENTITIES = [AuditEventEntity, AuditCheckpointEntity];
