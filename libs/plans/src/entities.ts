import { AssessmentEntity, AssessmentTextEntity } from './assessment.entity.js';
import { PlanEntity, PlanGoalEntity, PlanRoleEntity, PlanTextEntity } from './plan.entity.js';

/** The tables this context owns. */
export const PLAN_ENTITIES = [AssessmentEntity, AssessmentTextEntity, PlanEntity, PlanGoalEntity, PlanRoleEntity, PlanTextEntity];
