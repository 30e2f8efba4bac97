import { AgencyEntity } from './agency.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';

export { AgenciesModule } from './agencies.module.js';
export { AgenciesService } from './agencies.service.js';
export { AgencyModel } from './agency.model.js';
export { AgencyEntity, MunicipalityEntity };

/** The tables this context owns, for the application's DataSource. */
export const AGENCY_ENTITIES = [MunicipalityEntity, AgencyEntity];
