import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { isPromiseLike, Tally } from '@renkei/graphql';
import { getOperationAST, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { LabelBudget } from './label-budget.js';

// The client's operations number a few dozen; past this, new names count as "other".
const OPERATION_NAMES = 200;
// Codes come from the server, but a resolver may throw one of its own making.
const ERROR_CODES = 50;
// ws's readyState: CLOSING and CLOSED.
const CLOSING = 2;

type Transport = 'http' | 'ws';
type WrappedHook = 'onOperation' | 'onError' | 'onNext';
/** Where the open connections are: the WebSocket server, which holds them all already. */
export interface ConnectionsToCount {
  openConnections(): Iterable<Context>;
}
interface ErrorLike {
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * GraphQL's figures: operations by name and type (HTTP through an Apollo plugin, WebSocket
 * through graphql-ws's hooks), HTTP latency, errors by `extensions.code` as the client got
 * them (after formatting), open sockets and live subscriptions.
 */
@Injectable()
export class GraphQLMetrics {
  private readonly names = new LabelBudget(OPERATION_NAMES);
  private readonly codes = new LabelBudget(ERROR_CODES);
  // Read at a scrape: no entry of its own kept for each connection.
  private connections: ConnectionsToCount | null = null;
  private readonly requests: Counter<'operation' | 'type' | 'transport'>;
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code' | 'transport'>;
  /** Subscription results, `executed` for the subscriber or `shared` with the others receiving the same event (sharedExecutionSubscribe counts them). */
  readonly subscriptionDeliveries = new Tally();

  constructor(registry: Registry) {
    const registers = [registry];
    this.requests = new Counter({ name: 'renkei_graphql_requests_total', help: 'GraphQL operations, by operation name, type and transport', labelNames: ['operation', 'type', 'transport'], registers });
    this.duration = new Histogram({ name: 'renkei_graphql_request_duration_seconds', help: 'Time to answer a GraphQL operation over HTTP, by operation name and type', labelNames: ['operation', 'type'], registers });
    this.errors = new Counter({ name: 'renkei_graphql_errors_total', help: 'GraphQL errors sent to clients, by extensions.code and transport', labelNames: ['code', 'transport'], registers });
    const deliveries = this.subscriptionDeliveries;
    new Counter({ name: 'renkei_subscription_deliveries_total', help: 'Subscription results sent over graphql-ws, by whether the event was executed for the subscriber or its result shared with others receiving it', labelNames: ['execution'], registers, collect() {
      this.reset();
      for (const [execution, count] of deliveries.entries()) this.inc({ execution }, count);
    } });
    const open = () => this.openSockets();
    new Gauge({ name: 'renkei_websocket_connections', help: 'Open (acknowledged) graphql-ws connections', registers, collect() {
      this.set(open().length);
    } });
    new Gauge({ name: 'renkei_graphql_subscriptions_active', help: 'Subscriptions streaming over graphql-ws', registers, collect() {
      // graphql-ws keeps a connection's running subscriptions (null while one is being set up).
      this.set(open().reduce((sum, ctx) => sum + Object.values(ctx.subscriptions).filter((stream) => stream !== null).length, 0));
    } });
  }

  /** Counts and times every HTTP operation, including those refused before they ran. */
  readonly apolloPlugin: ApolloServerPlugin = {
    requestDidStart: async () => {
      const started = performance.now();
      return {
        willSendResponse: async ({ operation, response }) => {
          const labels = this.labelsOf(operation);
          this.requests.inc({ operation: labels.operation, type: labels.type, transport: 'http' });
          this.duration.observe(labels, (performance.now() - started) / 1000);
          const body = response.body;
          this.countErrors(body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors, 'http');
        },
      };
    },
  };

  /** Counts the sockets and subscriptions of `connections` from now on (the WebSocket server, once it is made). */
  countConnectionsOf(connections: ConnectionsToCount): void {
    this.connections = connections;
  }

  /** `options` with graphql-ws's hooks wrapped to count operations and errors; each still runs. */
  instrumentWs<O extends Partial<ServerOptions>>(options: O): O & Required<Pick<ServerOptions, WrappedHook>> {
    return {
      ...options,
      onOperation: async (...args: Parameters<NonNullable<ServerOptions['onOperation']>>) => {
        const execution = args[3];
        this.requests.inc({ ...this.labelsOf(getOperationAST(execution.document, execution.operationName)), transport: 'ws' });
        return options.onOperation?.(...args);
      },
      // Not async where the hook is not: onNext runs for every delivery of a fan-out.
      onError: (ctx, id, payload, errors) => {
        const counted = (formatted: readonly GraphQLFormattedError[] | void) => {
          this.countErrors(formatted ?? errors, 'ws');
          return formatted;
        };
        const formatted = options.onError?.(ctx, id, payload, errors);
        return isPromiseLike(formatted) ? formatted.then(counted) : counted(formatted);
      },
      onNext: (ctx, id, payload, args, result) => {
        const formatted = options.onNext?.(ctx, id, payload, args, result);
        if (isPromiseLike(formatted)) return formatted.then((awaited) => this.countedNext(awaited, result));
        return this.countedNext(formatted, result);
      },
    };
  }

  private countedNext(formatted: FormattedExecutionResult | void, result: ExecutionResult): FormattedExecutionResult | void {
    this.countErrors((formatted ?? result).errors, 'ws');
    return formatted;
  }

  // An operation that failed to parse or validate has no name or type to count it by.
  private labelsOf(operation: OperationDefinitionNode | null | undefined): { operation: string; type: string } {
    if (!operation) return { operation: 'unresolved', type: 'unknown' };
    return { operation: this.names.admit(operation.name?.value ?? 'anonymous'), type: operation.operation };
  }

  private countErrors(errors: readonly ErrorLike[] | undefined, transport: Transport): void {
    if (!errors) return;
    for (const error of errors) {
      const code = error.extensions?.['code'];
      this.errors.inc({ code: this.codes.admit(typeof code === 'string' ? code : 'UNKNOWN'), transport });
    }
  }

  // Acknowledged and not closing: a socket is the server's until its close is reported.
  private openSockets(): Context[] {
    return [...(this.connections?.openConnections() ?? [])].filter((ctx) => {
      const state = (ctx.extra as { socket?: { readyState?: number } } | undefined)?.socket?.readyState;
      return ctx.acknowledged && (state === undefined || state < CLOSING);
    });
  }
}
