import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@renkei/config';
import { apolloQueryLimits, formatGraphQLError, SCALARS_MAP, sortSchemaKeepingEnumOrder, wsDocumentHandling } from '@renkei/graphql';
import type { GraphQLContextFactory, WsContextSource } from '@renkei/identity';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';


/**
 * GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws), on the same path, with the
 * same identity and the same error edge. graphql-ws does not run Apollo's formatError, so
 * its hooks apply the formatter themselves.
 */
export function graphqlOptions(contexts: GraphQLContextFactory, config: AppConfig): ApolloDriverConfig {
  // Field suggestions ("Did you mean …") would let a stranger map the schema.
  const formatError = (formatted: GraphQLFormattedError, error: unknown) => formatGraphQLError(formatted, error, { hideSuggestions: config.isProduction });
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  const limits = apolloQueryLimits();
  const graphqlWs: Partial<ServerOptions> & { path: string } = {
    path: '/graphql',
    // Introspection is refused over WebSocket exactly where it is over HTTP.
    ...wsDocumentHandling({ introspection: !config.isProduction }),
    onConnect: (ctx) => contexts.onConnect(ctx as unknown as WsContextSource),
    onClose: (ctx) => contexts.onClose(ctx as unknown as WsContextSource),
    onError: (_ctx, _id, _payload, errors) => format(errors),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
  };
  return {
    path: '/graphql',
    autoSchemaFile: true,
    // Types sorted by name, enum values in their domain order; DateTime and LocalDate strict (RFC 3339).
    sortSchema: false,
    transformSchema: sortSchemaKeepingEnumOrder,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP },
    introspection: !config.isProduction,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: limits.plugins,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    context: contexts.create,
    // Nest's type lists fewer hooks than it passes on to graphql-ws (it spreads them all).
    subscriptions: { 'graphql-ws': graphqlWs as GraphQLWsSubscriptionsConfig },
  };
}
