import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@renkei/config';
import { apolloQueryLimits, formatGraphQLError, noStoreResponses, recordFieldsReadingParent, SCALARS_MAP, sharedExecutionSubscribe, sharedPayloads, sortSchemaKeepingEnumOrder, wsDocumentHandling } from '@renkei/graphql';
import type { GraphQLContextFactory, WsContextSource } from '@renkei/identity';
import { currentRequest, type GraphQLMetrics, requestLogPlugin, socketLog } from '@renkei/observability';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';


/**
 * GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws), on the same path, with the
 * same identity and the same error edge. graphql-ws does not run Apollo's formatError, so
 * its hooks apply the formatter themselves.
 */
export function graphqlOptions(contexts: GraphQLContextFactory, config: AppConfig, metrics: GraphQLMetrics): ApolloDriverConfig {
  // Field suggestions ("Did you mean …") would let a stranger map the schema. An internal
  // error names the request (HTTP) or the connection (WebSocket) it happened in.
  const formatIn = (requestId: string | undefined) => (formatted: GraphQLFormattedError, error: unknown) =>
    formatGraphQLError(formatted, error, { hideSuggestions: config.isProduction, requestId });
  const formatError = (formatted: GraphQLFormattedError, error: unknown) => formatIn(currentRequest()?.id)(formatted, error);
  const ws = (ctx: unknown) => ctx as WsContextSource;
  const format = (ctx: unknown, errors: readonly GraphQLError[]) => socketLog.within(ws(ctx).extra, (requestId) => errors.map((error) => formatIn(requestId)(error.toJSON(), error)));
  const limits = apolloQueryLimits();
  const payloads = sharedPayloads();
  const graphqlWs: Partial<ServerOptions> & { path: string } = {
    path: '/graphql',
    // Introspection is refused over WebSocket exactly where it is over HTTP.
    ...wsDocumentHandling({ introspection: !config.isProduction }),
    // An event's selection executed once for its subscribers with the same document and variables.
    subscribe: sharedExecutionSubscribe(metrics.subscriptionDeliveries),
    // ...and its payload serialised once for them all.
    jsonMessageReplacer: payloads.jsonMessageReplacer,
    onConnect: async (ctx) => {
      payloads.serveSocket((ctx.extra as Extra).socket);
      const accepted = socketLog.opened(ws(ctx).extra, await contexts.onConnect(ws(ctx)));
      // The upgrade request has given its client address and request id: not kept for the connection's life.
      contexts.release(ws(ctx));
      return accepted;
    },
    onClose: (ctx, code) => {
      contexts.onClose(ws(ctx));
      // 1005: the peer closed without a code.
      socketLog.closed(ws(ctx).extra, code ?? 1005);
    },
    onError: (ctx, _id, _payload, errors) => format(ctx, errors),
    // A result without errors is sent as it is: graphql-ws would otherwise copy it for every
    // delivery, and its serialisation could not be shared.
    onNext: (ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(ctx, result.errors) } : (result as FormattedExecutionResult)),
  };
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
    // Nest's type lists fewer hooks than it passes on to graphql-ws (it spreads them all).
    subscriptions: { 'graphql-ws': metrics.instrumentWs(graphqlWs) as GraphQLWsSubscriptionsConfig },
  };
}
