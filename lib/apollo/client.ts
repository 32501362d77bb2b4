import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/** Where client components' GraphQL goes: our route, which forwards persisted operations only (app/api/graphql). */
export const GRAPHQL_PROXY_PATH = '/api/graphql';

/** The hash codegen embeds in every generated document (codegen.ts, persistedDocuments). */
export function persistedHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Only generated documents from graphql/ can be sent: this one has no persisted hash');
  return hash;
}

/**
 * Apollo Client for client components. It sends only the hash of a generated operation, never its text, and never
 * falls back to sending the text (the route refuses it anyway). Cookies carry the session, same origin.
 */
export function createApolloClient(options: { uri?: string; fetch?: typeof fetch } = {}) {
  const persisted = new PersistedQueryLink({ generateHash: persistedHash, retry: () => false, disable: () => false });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: options.uri ?? GRAPHQL_PROXY_PATH, credentials: 'same-origin', fetch: options.fetch })),
    cache: new InMemoryCache(),
  });
}
