import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { filter, firstValueFrom, timeout } from 'rxjs';

/** How long a request sent before the change may keep the page waiting; past it, it is dropped. */
const SETTLE_LIMIT_MS = 10_000;

/**
 * After a change to what the viewer may see (a consent recorded or revoked, an emergency
 * declaration made or ended), every query on the page is read again and nothing read before the
 * change is kept. `refetchQueries` is not enough: Apollo lets a refetch join a request of the
 * same query still in flight, and lets a late answer overwrite a newer one, so an answer the
 * server gave under the old access could stay on screen. So a query still loading is first let
 * finish, and only then is every active query fetched anew. Then the cache keeps only what the
 * page shows: another page of the case, opened again, would otherwise show what it read under
 * the old access until its own read answered (see `keepOnlyShown`).
 */
export async function readAllAnew(client: ApolloClient): Promise<void> {
  const loading = [...client.getObservableQueries('active')].filter((query) => query.getCurrentResult().loading);
  await Promise.all(
    loading.map((query) =>
      firstValueFrom(query.pipe(filter((result) => !result.loading), timeout({ first: SETTLE_LIMIT_MS }))).catch(() => undefined),
    ),
  );
  await client.refetchQueries({ include: 'active' });
  keepOnlyShown(client);
}

/**
 * Empties the cache of everything but the answers of the queries on the page, written back
 * without telling them, so that the page neither blanks nor reloads (emptying it all did both,
 * and lost what the page was saying: 「同意を記録しました。」). Evicting the root fields alone would
 * not do: a case's summaries are a field of the case's object, which the page's own queries
 * keep.
 */
function keepOnlyShown(client: ApolloClient): void {
  const { cache } = client;
  const shown = [...client.getObservableQueries('active')].flatMap(({ query, variables }) => {
    const data = cache.readQuery({ query, variables });
    return data ? [{ query, variables, data }] : [];
  });
  cache.restore({});
  for (const answer of shown) cache.writeQuery({ ...answer, broadcast: false });
}

/**
 * `useMutation` for a mutation that changes what the viewer may see: its promise settles once the
 * page has been read anew (see `readAllAnew`), and `loading` lasts until then, so a dialog stays
 * busy rather than offering its button again over the old answers.
 */
export function useAccessChange<TData, TVariables extends OperationVariables>(mutation: TypedDocumentNode<TData, TVariables>) {
  const client = useApolloClient();
  const [mutate, state] = useMutation(mutation);
  const [rereading, setRereading] = useState(false);
  const change = useCallback(
    async (...options: Parameters<typeof mutate>) => {
      const result = await mutate(...options);
      setRereading(true);
      try {
        // The change is made: a query that fails to read again shows its own error, never this one's.
        await readAllAnew(client).catch(() => undefined);
      } finally {
        setRereading(false);
      }
      return result;
    },
    [client, mutate],
  );
  return [change, { ...state, loading: state.loading || rereading }] as const;
}
