import { DisclosureWithholdingEntity } from './disclosure-withholding.entity.js';

export { DisclosureModule } from './disclosure.module.js';
export { DisclosureService } from './disclosure.service.js';
export type { PersonDisclosureModel } from './disclosure.model.js';
export { DisclosureWithholdingGround } from './withholding-ground.js';

/** The tables this context owns, for the application's DataSource. */
export const DISCLOSURE_ENTITIES = [DisclosureWithholdingEntity];
