import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { session, useSession } from '../session/session-store';
import { createRenkeiClient, type RenkeiClient } from './apollo-client';

const ClientContext = createContext<RenkeiClient | null>(null);

/** The session's client: made anew when the token changes, and disposed with the session. */
export function ClientProvider({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const client = useMemo(() => createRenkeiClient(token, session), [token]);
  useEffect(() => () => client.dispose(), [client]);
  return (
    <ClientContext.Provider value={client}>
      <ApolloProvider client={client.apollo}>{children}</ApolloProvider>
    </ClientContext.Provider>
  );
}

export function useRenkeiClient(): RenkeiClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useRenkeiClient outside ClientProvider');
  return client;
}
