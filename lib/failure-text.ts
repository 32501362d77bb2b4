import type { HasuraFailure } from '@/lib/hasura';

export interface FailureText {
  title: string;
  detail: string;
}

/**
 * Whether the app runs on the local stack (its GraphQL engine on this machine): only then may a message point at
 * `npm run dev`, which means nothing to someone using a deployed site.
 */
export function isLocalStack(graphqlUrl: string): boolean {
  const host = new URL(graphqlUrl).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** What a page says when its data could not be loaded: what happened and what the reader can do about it. */
export function describeFailure(error: Pick<HasuraFailure, 'kind' | 'code'>, { localStack = false }: { localStack?: boolean } = {}): FailureText {
  switch (error.kind) {
    case 'timeout':
      return { title: 'The data service is taking too long', detail: 'It did not answer in time. Try again in a moment.' };
    case 'network':
      return {
        title: 'The data service is unreachable',
        detail: localStack
          ? 'N.E.S.T. cannot reach its GraphQL engine. Check that `npm run dev` is still running.'
          : 'N.E.S.T. cannot reach its data service right now. Try again in a moment; if it persists, tell the team.',
      };
    case 'http':
      return { title: 'The data service failed', detail: 'It answered with an error. Try again; if it persists, tell the team.' };
    case 'graphql':
      if (error.code === 'permission-error' || error.code === 'access-denied') {
        return { title: 'You cannot see this', detail: 'Your account does not have permission for this data.' };
      }
      if (error.code === 'invalid-jwt' || error.code.startsWith('jwt-')) {
        return { title: 'Your session has expired', detail: 'Reload the page or sign in again.' };
      }
      return { title: 'The data could not be loaded', detail: 'The data service rejected the request. Try again; if it persists, tell the team.' };
  }
}
