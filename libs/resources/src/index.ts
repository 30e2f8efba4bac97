import { ResourceEntity } from './resource.entity.js';

export { ResourcesModule } from './resources.module.js';
export { ResourcesService, type ResourceRow, type ResourceRowError, type UpsertManyResult } from './resources.service.js';
export { ResourceModel } from './resource.model.js';
export { ResourceInput, ResourceScheduleInput } from './dto/resource.input.js';
export { DayOfWeek, ParticipationForm, ResourceTarget } from './resource-enums.js';
export { normalise } from './normalise.js';
export { resourceLoader, unknownResourceViolations } from './resource-lookup.js';

/** The tables this context owns, for the application's DataSource. */
export const RESOURCE_ENTITIES = [ResourceEntity];
