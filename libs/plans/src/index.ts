export { PLAN_ENTITIES } from './entities.js';
export { PlansModule } from './plans.module.js';
export { AssessmentModel } from './assessment.model.js';
export { AssessmentUrgency } from './assessment-urgency.js';
export { GuardedTextModel } from './guarded-text.model.js';
export { PlanModel } from './plan.model.js';
export { PlansService } from './plans.service.js';
export { GoalAchievement, GoalTerm, PlanClosureReason, PlanDecision, PlanStatus } from './plan-enums.js';
export { PLAN_INDICATOR_FACTS } from './plan-indicator-facts.js';
