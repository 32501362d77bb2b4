import type { HasuraFailure } from '@/lib/hasura';

export interface FailureText {
  title: string;
  detail: string;
}

/** What a page says when its data could not be loaded: what happened and what the reader can do about it. */
export function describeFailure(error: Pick<HasuraFailure, 'kind' | 'code'>): FailureText {
  switch (error.kind) {
    case 'timeout':
      return { title: 'The data service is taking too long', detail: 'It did not answer in time. Try again in a moment.' };
    case 'network':
      return {
        title: 'The data service is unreachable',
        detail: 'N.E.S.T. cannot reach its GraphQL engine. If you run the local stack, check that `npm run dev` is still running.',
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
