import { NextResponse } from 'next/server';
import { apiError, InputError, parseInput, withStaff } from '@/lib/auth';
import { hasuraFetchPersisted } from '@/lib/hasura';
import { GRAPHQL_BODY_LIMIT, graphqlProxyBodySchema } from '@/lib/graphql-proxy-input';
import { persistedOperation } from '@/lib/persisted-operations';
import { upstreamFailure } from '@/lib/route-upstream';

const TOO_LARGE = Symbol('too large');

async function readJson(req: Request): Promise<unknown> {
  if (Number(req.headers.get('content-length') ?? 0) > GRAPHQL_BODY_LIMIT) return TOO_LARGE;
  const text = await req.text();
  if (Buffer.byteLength(text) > GRAPHQL_BODY_LIMIT) return TOO_LARGE;
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(400, 'invalid_json', 'The request body must be JSON.');
  }
}

/**
 * Apollo Client's endpoint in client components: runs one of the app's persisted operations (graphql/, by hash)
 * with the caller's own token as nest-access, so Hasura's row permissions apply exactly as for the routes.
 */
export const POST = withStaff(async ({ req, idToken }) => {
  const raw = await readJson(req);
  if (raw === TOO_LARGE) return apiError(413, 'too_large', `The request body must be at most ${GRAPHQL_BODY_LIMIT} bytes.`);
  const body = parseInput(graphqlProxyBodySchema, raw);
  const hash = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash ?? '';
  const operation = persistedOperation(hash);
  if (!operation) return apiError(404, 'unknown_operation', 'No such operation: only the persisted operations of graphql/ run here.', { field: 'documentId' });
  if (body.operationName && body.operationName !== operation.operationName) {
    return apiError(422, 'invalid_input', `operationName: the document holds ${operation.operationName ?? 'an unnamed operation'}`, { field: 'operationName' });
  }
  const result = await hasuraFetchPersisted(operation, body.variables ?? {}, { token: idToken });
  if (!result.ok) return upstreamFailure(result.error, `graphql ${operation.operationName}`);
  return NextResponse.json({ data: result.data });
});
