export { Clock, SystemClock } from './clock.js';
export { DomainError, type FailureKind, type FieldViolation } from './domain-error.js';
export { Role } from './role.js';
export { Sector } from './sector.js';
export { isUuid } from './uuid.js';
