export { formatGraphQLError } from './format-error.js';
export { createValidationPipe } from './validation.pipe.js';
export { DomainErrorFilter } from './domain-error.filter.js';
