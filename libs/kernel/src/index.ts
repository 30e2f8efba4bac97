export { VisibilityBasis } from './basis.js';
export { Clock, SystemClock } from './clock.js';
export { DataCategory } from './data-category.js';
export { DomainError, type FailureKind, type FieldViolation } from './domain-error.js';
export { ProvisionEffect } from './provision-effect.js';
export { Purpose } from './purpose.js';
export { Role } from './role.js';
export { Sector } from './sector.js';
export { isUuid } from './uuid.js';
