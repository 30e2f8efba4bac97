import './kernel-enums.js';

export { DomainErrorFilter } from './domain-error.filter.js';
export { formatGraphQLError } from './format-error.js';
export { ConnectionType, decodeCursor, encodeCursor, MAX_PAGE_SIZE, PageInfo, toConnection, type Connection, type Edge } from './pagination.js';
export { Loaders, RequestLoaders, type LoadersContext } from './request-loaders.js';
export { IdField, IsDateInRange, OptionalIdField, PageArgs, TextField, Trim } from './input-decorators.js';
export { apolloQueryLimits, QUERY_LIMITS, wsDocumentHandling } from './query-limits.js';
export { Expensive, RateLimitModule, RateLimits, type RateLimitName } from './rate-limits.js';
export { createValidationPipe } from './validation.pipe.js';
export { EventBus } from './event-bus.js';
export { EventBusModule } from './event-bus.module.js';
export { notifyOutbox, OutboxRelay, type OutboxSource } from './outbox-relay.js';
export { replayingStream, type OutboxMessage } from './replaying-stream.js';
