import { EmergencyAccessEntity, EmergencyAccessEventEntity } from './emergency-access.entity.js';

export { EmergencyModule, EmergencyPortsModule } from './emergency.module.js';
export { EmergencyDeclarationsSql } from './emergency-declarations.sql.js';
export { EmergencyAccessModel } from './emergency-access.model.js';
export { EmergencyAccessState, EmergencyLegalGround, EmergencyReviewVerdict } from './emergency-enums.js';

/** The tables this context owns, for the application's DataSource. */
export const EMERGENCY_ENTITIES = [EmergencyAccessEntity, EmergencyAccessEventEntity];
export { EMERGENCY_INDICATOR_FACTS } from './emergency-indicator-facts.js';
