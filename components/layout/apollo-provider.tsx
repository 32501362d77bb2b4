'use client';

import { useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@/lib/apollo/client';

/** One Apollo Client per browser tab, for the client components that need live data (e.g. the bell). */
export function AppApolloProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createApolloClient());
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
