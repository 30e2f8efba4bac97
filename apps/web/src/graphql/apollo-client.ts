import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { OperationTypeNode } from 'graphql';
import type { SessionStore } from '../session/session-store';

/** The server closes a socket with this code when the token is refused, expired or revoked. */
const SESSION_REFUSED = 4403;

export interface RenkeiClient {
  readonly apollo: ApolloClient;
  /** The live connection; the tasks page listens to it to say when it catches up. */
  readonly ws: Client;
  dispose(): void;
}

/**
 * One client per session (and one without a token for signing in): a new sign-in never sees the previous user's cache or socket.
 * Queries and mutations go over HTTP, subscriptions over graphql-ws, both at `/graphql` on
 * this origin. A refused token on either ends the session with its reason.
 */
export function createRenkeiClient(token: string | null, store: SessionStore, origin = window.location.origin): RenkeiClient {
  const ws = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    connectionParams: { authToken: token },
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: (event) => (event as CloseEvent | undefined)?.code !== SESSION_REFUSED,
    on: {
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === SESSION_REFUSED) store.refused();
      },
    },
  });
  const auth = new SetContextLink((previous) => (token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {}));
  const endOnRefusal = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) store.refused();
  });
  const http = new HttpLink({ uri: `${origin}/graphql` });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(ws),
    ApolloLink.from([endOnRefusal, auth, http]),
  );
  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  return {
    apollo,
    ws,
    dispose: () => {
      void ws.dispose();
      apollo.stop();
    },
  };
}
