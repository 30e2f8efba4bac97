export type { Action, AppAbility, SubjectName } from './ability.js';
export { AccessModule } from './access.module.js';
export { AccessPolicy } from './access-policy.js';
export type { AccessContext, Actor } from './actor.js';
export { CheckPolicies, CurrentActor, Public } from './policies.js';
export type { ConsentProvisionSource, SectionRefs, SectionVisibilitySql } from './section-visibility.js';
export type { ColumnMap, SqlCondition } from './sql-conditions.js';
export { supportMeetingBasisHolds, type SupportMeetingFacts } from './support-meeting.js';
