import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every GraphQL answer over HTTP carries `cache-control: no-store`: it may hold a person's
 * data, and no field of the schema is cacheable. Apollo's default cache-control plugin sends
 * the same header, but reaches it by computing a cache policy for every field it resolves (a
 * hook, a policy object and a closure per field: thousands for one case); with it replaced,
 * no plugin hooks into field resolution and graphql-js resolves fields on its own fast path.
 */
export function noStoreResponses(): ApolloServerPlugin[] {
  const noStore: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      }),
  };
  return [ApolloServerPluginCacheControlDisabled(), noStore];
}
