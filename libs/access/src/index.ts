export type { Action, AppAbility, SubjectName } from './ability.js';
export { AccessModule } from './access.module.js';
export { AccessPolicy, type CaseColumns } from './access-policy.js';
export type { AccessContext, Actor } from './actor.js';
export type { DataVisibilitySql, ReadScope } from './data-visibility.js';
export { ConsentFacts, EmergencyFacts, MeetingFacts, type DataRefs, type MeetingRefs, type Reader, type Recipient } from './facts.js';
export { CheckPolicies, CurrentActor, Public } from './policies.js';
export type { ColumnMap, SqlCondition } from './sql-conditions.js';
export { HoldsPersonalData, personalDataRegister, ThroughTheDoor } from './personal-data.js';
