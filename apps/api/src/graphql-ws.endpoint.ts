import type { Server } from 'node:http';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig } from '@renkei/config';
import { GraphQLWsServer } from '@renkei/graphql';
import { ConnectionRegistry, GraphQLContextFactory } from '@renkei/identity';
import { GraphQLMetrics } from '@renkei/observability';
import { graphqlWsOptions } from './graphql.options.js';
import type { WebSocketTraffic } from './shutdown.js';

/**
 * GraphQL over WebSocket on the HTTP server's `/graphql`, with the schema Nest built. Opened
 * once every module is ready, before the server listens; closed (1001 "Going away") first
 * when the application stops, while what its operations use is still there.
 */
@Injectable()
export class GraphQLWsEndpoint implements OnApplicationBootstrap, OnModuleDestroy, WebSocketTraffic {
  private server: GraphQLWsServer | null = null;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemas: GraphQLSchemaHost,
    private readonly contexts: GraphQLContextFactory,
    private readonly config: AppConfig,
    private readonly metrics: GraphQLMetrics,
    private readonly registry: ConnectionRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.server = new GraphQLWsServer(graphqlWsOptions(this.schemas.schema, this.contexts, this.config, this.metrics));
    // Who is connected is read from the server's own connections, not kept again beside them.
    this.registry.track(this.server);
    this.metrics.countConnectionsOf(this.server);
    this.server.listen(this.http.httpAdapter.getHttpServer() as Server, '/graphql');
  }

  /** The sockets open now, for a stop's log. */
  get openSockets(): number {
    return [...(this.server?.openConnections() ?? [])].length;
  }

  /** Cuts every socket: a stop whose grace is over (see drainOnSignals). */
  terminateAll(): void {
    this.server?.terminateAll();
  }

  async onModuleDestroy(): Promise<void> {
    await this.server?.close();
  }
}
