import { CommunityActivityEntity } from './community-activity.entity.js';

export { CommunityModule } from './community.module.js';
export { CommunityActivitiesService } from './community-activities.service.js';
export { CommunityActivityKind } from './community-activity-kind.js';

/** The tables this context owns, for the application's DataSource. */
export const COMMUNITY_ENTITIES = [CommunityActivityEntity];
export { COMMUNITY_INDICATOR_FACTS } from './community-indicator-facts.js';
