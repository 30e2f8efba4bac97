import './kernel-enums.js';

export { DomainErrorFilter } from './domain-error.filter.js';
export { formatGraphQLError, type FormatOptions } from './format-error.js';
export { ConnectionType, decodeCursor, encodeCursor, eventIdOf, MAX_PAGE_SIZE, PageInfo, toConnection, type Connection, type Edge } from './pagination.js';
export { Loaders, RequestLoaders, type LoadersContext } from './request-loaders.js';
export { IdField, IsDateInRange, IsKanaReading, OptionalIdField, PageArgs, TextField, Trim } from './input-decorators.js';
export { apolloQueryLimits, QUERY_LIMITS, wsDocumentHandling } from './query-limits.js';
export { Expensive, RateLimitModule, RateLimits, rateLimited, type LimiterOptions, type RateLimitName } from './rate-limits.js';
export { ThrottledWarning } from './throttled-warning.js';
export { createValidationPipe } from './validation.pipe.js';
export { EventBus } from './event-bus.js';
export { EventBusModule } from './event-bus.module.js';
export { notifyOutbox, OutboxRelay, type OutboxSource } from './outbox-relay.js';
export { replayingStream, type OutboxMessage, type StreamStart } from './replaying-stream.js';
export { DateTimeScalar, isLocalDate, LocalDateScalar, parseDateTime } from './scalars.js';
export { SCALARS_MAP, sortSchemaKeepingEnumOrder } from './schema-order.js';
export { Node } from './node.js';
export type { Tally } from './tally.js';
