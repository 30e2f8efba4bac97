import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@renkei/config';
import { apolloQueryLimits, formatGraphQLError, type GraphQLWsOptions, noStoreResponses, recordFieldsReadingParent, SCALARS_MAP, sharedExecutionSubscribe, sortSchemaKeepingEnumOrder, wsDocumentHandling } from '@renkei/graphql';
import type { GraphQLContextFactory, WsContextSource } from '@renkei/identity';
import { currentRequest, type GraphQLMetrics, requestLogPlugin, socketLog } from '@renkei/observability';
import type { FormattedExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';

// A message from a client over WebSocket may be as large as a request's body over HTTP (app.ts).
const MAX_MESSAGE_BYTES = 256 * 1024;

// Field suggestions ("Did you mean …") would let a stranger map the schema. An internal error
// names the request (HTTP) or the connection (WebSocket) it happened in.
const formatIn = (config: AppConfig, requestId: string | undefined) => (formatted: GraphQLFormattedError, error: unknown) =>
  formatGraphQLError(formatted, error, { hideSuggestions: config.isProduction, requestId });

/**
 * GraphQL over HTTP (Apollo), with the identity and the error edge it shares with GraphQL over
 * WebSocket ({@link graphqlWsOptions}, served on the same path).
 */
export function graphqlOptions(contexts: GraphQLContextFactory, config: AppConfig, metrics: GraphQLMetrics): ApolloDriverConfig {
  const formatError = (formatted: GraphQLFormattedError, error: unknown) => formatIn(config, currentRequest()?.id)(formatted, error);
  const limits = apolloQueryLimits();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    // Types sorted by name, enum values in their domain order; DateTime and LocalDate strict (RFC 3339).
    // Which fields read their parent is noted as built, for sharing subscription executions.
    sortSchema: false,
    transformSchema: (schema) => recordFieldsReadingParent(sortSchemaKeepingEnumOrder(schema)),
    buildSchemaOptions: { scalarsMap: SCALARS_MAP },
    introspection: !config.isProduction,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [...limits.plugins, ...noStoreResponses(), requestLogPlugin(), metrics.apolloPlugin],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    context: contexts.create,
  };
}

/**
 * GraphQL over WebSocket (graphql-ws's protocol, served by GraphQLWsServer), with the identity
 * and the error edge of HTTP: the hooks apply the error formatter themselves.
 */
export function graphqlWsOptions(schema: GraphQLSchema, contexts: GraphQLContextFactory, config: AppConfig, metrics: GraphQLMetrics): GraphQLWsOptions {
  const ws = (ctx: unknown) => ctx as WsContextSource;
  const format = (ctx: unknown, errors: readonly GraphQLError[]) => socketLog.within(ws(ctx).extra, (requestId) => errors.map((error) => formatIn(config, requestId)(error.toJSON(), error)));
  return metrics.instrumentWs({
    schema,
    // Introspection is refused over WebSocket exactly where it is over HTTP.
    ...wsDocumentHandling({ introspection: !config.isProduction }),
    // An event's selection executed once for its subscribers with the same document and
    // variables (and its payload serialised once for them all, by the server).
    subscribe: sharedExecutionSubscribe(metrics.subscriptionDeliveries),
    context: (ctx) => contexts.create(ws(ctx)),
    maxPayload: MAX_MESSAGE_BYTES,
    onConnect: async (ctx) => {
      const accepted = socketLog.opened(ws(ctx).extra, await contexts.onConnect(ws(ctx)));
      // The upgrade request has given its client address and request id: not kept for the connection's life.
      contexts.release(ws(ctx));
      return accepted;
    },
    // 1005: the peer closed without a code.
    onClose: (ctx, code) => socketLog.closed(ws(ctx).extra, code ?? 1005),
    onError: (ctx, _id, _payload, errors) => format(ctx, errors),
    // A result without errors is sent as it is: a copy would be serialised again for every delivery.
    onNext: (ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(ctx, result.errors) } : (result as FormattedExecutionResult)),
  });
}
