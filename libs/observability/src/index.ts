// Logs and metrics: what an operator reads of a running server (pino lines, Prometheus figures).
export { PinoNestLogger } from './logging/nest-logger.js';
export { createRootLogger, processLog, useProcessLogger } from './logging/root-logger.js';
export { requestLogging } from './logging/request-logging.js';
export { requestLogPlugin, type ActorContext } from './logging/request-log.plugin.js';
export { currentRequest, RequestScope, type RequestActor } from './logging/request-scope.js';
export { REQUEST_ID_HEADER } from './logging/request-id.js';
export { socketLog, type SocketExtra } from './logging/socket-log.js';
export { GraphQLMetrics } from './metrics/graphql-metrics.js';
export { MetricsModule } from './metrics/metrics.module.js';
export { Scrape, type Sample } from './metrics/prometheus-text.js';
