import { ConsentEntity, ConsentProvisionEntity } from './consent.entity.js';

export { ConsentModule, ConsentPortsModule } from './consent.module.js';
export { ConsentProvisionsSql } from './consent-provisions.sql.js';
export { consentsOfCase } from './case-consents.js';
export { ConsentModel, ConsentState } from './consent.model.js';

/** The tables this context owns, for the application's DataSource. */
export const CONSENT_ENTITIES = [ConsentEntity, ConsentProvisionEntity];
export { CONSENT_INDICATOR_FACTS } from './consent-indicator-facts.js';
