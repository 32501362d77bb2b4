import { NextResponse } from 'next/server';
import { httpError, parseJson, withStaff } from '@/lib/auth';
import { serverEnv } from '@/lib/env';
import { graphqlProxyBodySchema } from '@/lib/graphql-proxy-input';
import { hasuraFetchPersisted, toRouteError } from '@/lib/hasura';
import { persistedOperation } from '@/lib/persisted-operations';

/**
 * Apollo Client's endpoint in client components: runs one of the app's persisted operations (graphql/, by hash)
 * with the caller's own token as nest-access, so Hasura's row permissions apply exactly as for the routes. Any
 * other query is refused: 422 for query text, 404 for a hash that is not one of ours.
 */
export const POST = withStaff(async ({ req, idToken }) => {
  const body = await parseJson(req, graphqlProxyBodySchema);
  const operation = persistedOperation(body.documentId ?? body.extensions?.persistedQuery?.sha256Hash ?? '');
  if (!operation) throw httpError.notFound('No such operation: only the persisted operations of graphql/ run here.');
  if (body.operationName && body.operationName !== operation.operationName) {
    throw httpError.invalid('operationName', `the document holds ${operation.operationName ?? 'an unnamed operation'}`);
  }
  const result = await hasuraFetchPersisted(operation, body.variables ?? {}, { token: idToken, timeoutMs: serverEnv().API_UPSTREAM_TIMEOUT_MS, signal: req.signal });
  if (!result.ok) {
    console.error(`[api/graphql] ${operation.operationName}: upstream ${result.error.kind}/${result.error.code}: ${result.error.message}`);
    throw toRouteError(result.error);
  }
  return NextResponse.json({ data: result.data });
});
