import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { currentRequest, type RequestActor } from './request-scope.js';

/** The part of the GraphQL context this plugin reads: who is asking, when known. */
export interface ActorContext {
  readonly actor?: RequestActor | null;
}

/**
 * Tells the request's log line what GraphQL knows of it: the operation's name (never its
 * variables or document, which carry personal data), the actor, and the error codes answered.
 */
export function requestLogPlugin(): ApolloServerPlugin<ActorContext> {
  return {
    requestDidStart: async ({ contextValue }) => {
      const scope = currentRequest();
      if (!scope) return;
      scope.identify(contextValue.actor);
      return {
        didResolveOperation: async ({ operationName, operation }) => scope.operation(operationName ?? `anonymous ${operation?.operation ?? 'operation'}`),
        willSendResponse: async (context) => scope.failed(errorCodesOf(context)),
      };
    },
  };
}

function errorCodesOf({ response }: GraphQLRequestContextWillSendResponse<ActorContext>): string[] {
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
  return (errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
}
