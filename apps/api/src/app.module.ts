import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { AccessModule } from '@renkei/access';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { CommunityModule } from '@renkei/community';
import { ConferencePortsModule, ConferencesModule } from '@renkei/conferences';
import { AppConfig, ConfigModule } from '@renkei/config';
import { ConsentModule, ConsentPortsModule } from '@renkei/consent';
import { DatabaseModule } from '@renkei/database';
import { DisclosureModule } from '@renkei/disclosure';
import { DocumentsModule } from '@renkei/documents';
import { EmergencyModule } from '@renkei/emergency';
import { ExportsModule } from '@renkei/exports';
import { EventBusModule, RateLimitModule } from '@renkei/graphql';
import { GraphQLContextFactory, IdentityModule } from '@renkei/identity';
import { IndicatorsModule } from '@renkei/indicators';
import { Clock } from '@renkei/kernel';
import { GraphQLMetrics, MetricsModule } from '@renkei/observability';
import { ParticipationModule } from '@renkei/participation';
import { PlansModule } from '@renkei/plans';
import { ResourcesModule } from '@renkei/resources';
import { RetentionModule } from '@renkei/retention';
import { SummariesModule } from '@renkei/summaries';
import { TasksModule } from '@renkei/tasks';
import { ApolloExpressDriver } from './apollo-express.driver.js';
import { ClockModule } from './clock.module.js';
import { DemoData } from './demo-data.js';
import { ENTITIES } from './entities.js';
import { GraphQLWsEndpoint } from './graphql-ws.endpoint.js';
import { graphqlOptions } from './graphql.options.js';
import { HealthController } from './health.controller.js';
import { MIGRATIONS } from './migrations/index.js';
import { DrainState } from './shutdown.js';
import { StartupSeeder } from './startup-seeder.js';

/** The composition root: wires the contexts together; holds no rules of its own. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DatabaseModule.forRoot(ENTITIES, MIGRATIONS),
        AccessModule,
        AgenciesModule,
        IdentityModule,
        AuditModule,
        CasesModule,
        ConsentPortsModule,
        ConsentModule,
        SummariesModule,
        TasksModule,
        ConferencePortsModule,
        ConferencesModule,
        PlansModule,
        EmergencyModule,
        DisclosureModule,
        DocumentsModule,
        ResourcesModule,
        ParticipationModule,
        CommunityModule,
        RetentionModule,
        IndicatorsModule,
        ExportsModule,
        EventBusModule.forRoot(config.redisUrl),
        RateLimitModule.forRoot(),
        MetricsModule,
        TerminusModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloExpressDriver,
          imports: [IdentityModule],
          inject: [GraphQLContextFactory, AppConfig, GraphQLMetrics],
          useFactory: graphqlOptions,
        }),
      ],
      controllers: [HealthController],
      providers: [DemoData, StartupSeeder, DrainState, GraphQLWsEndpoint],
    };
  }
}
