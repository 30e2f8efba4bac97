import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { GraphQLMetrics } from './graphql-metrics.js';
import { MetricsAccess } from './metrics-access.js';
import { MetricsEndpoint } from './metrics-endpoint.js';
import { MetricsMiddleware } from './metrics.middleware.js';
import { MetricsPort } from './metrics-port.js';
import { PlatformMetrics } from './platform-metrics.js';

/**
 * Prometheus figures at `/metrics` (see {@link MetricsAccess} for who may read them). Each
 * application has its own registry, not prom-client's global one, so that two applications
 * in one process (the tests) keep their figures apart.
 */
@Global()
@Module({
  providers: [
    {
      provide: Registry,
      useFactory: () => {
        const registry = new Registry();
        // The process's own: CPU, memory, event-loop delay, garbage collection, handles.
        collectDefaultMetrics({ register: registry });
        return registry;
      },
    },
    { provide: MetricsAccess, inject: [AppConfig], useFactory: (config: AppConfig) => new MetricsAccess(config) },
    MetricsEndpoint,
    MetricsPort,
    GraphQLMetrics,
    PlatformMetrics,
  ],
  exports: [GraphQLMetrics],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsMiddleware).forRoutes({ path: 'metrics', method: RequestMethod.GET });
  }
}
