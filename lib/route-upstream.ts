import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NextResponse } from 'next/server';
import { apiError, type ApiErrorBody } from '@/lib/auth';
import { hasuraFetch, toRouteError, type HasuraFailure } from '@/lib/hasura';

export type Ran<T> = { ok: true; data: T } | { ok: false; response: NextResponse<ApiErrorBody> };

/** The route's answer to a failed upstream call: logged in full, answered in the one error shape, filtered. */
export function upstreamFailure(error: HasuraFailure, what: string): NextResponse<ApiErrorBody> {
  console.error(`[api] ${what} failed: ${error.kind}/${error.code}: ${error.message}`);
  const { status, body } = toRouteError(error);
  return apiError(status, body.error.code, body.error.message);
}

/** Runs one operation as the caller (their own token, so Hasura's permissions apply); a failure is the response. */
export async function runAsCaller<TData, TVariables extends Record<string, unknown>>(
  doc: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  caller: { idToken: string },
  what: string,
): Promise<Ran<TData>> {
  const result = await hasuraFetch(doc, variables, { token: caller.idToken });
  return result.ok ? result : { ok: false, response: upstreamFailure(result.error, what) };
}
