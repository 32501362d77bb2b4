import 'server-only';
import { apiError } from '@/lib/auth/responses';
import { toRouteError, type HasuraFailure } from '@/lib/hasura';

/** A failed GraphQL call as the route's answer: logged in full here, told to the client without upstream wording. */
export function upstreamReply(what: string, error: HasuraFailure) {
  console.error(`[api] ${what} failed: ${error.kind}/${error.code}: ${error.message}`);
  const { status, body } = toRouteError(error);
  return apiError(status, body.error.code, body.error.message);
}
