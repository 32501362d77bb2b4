import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { requireStaff } from '@/lib/auth';
import { hasuraFetch, type HasuraFetchOptions, type HasuraResult } from '@/lib/hasura';

/**
 * Server components' data access: checks the session (redirecting to sign-in when there is none) and runs the
 * operation as the signed-in staff member. Layouts and pages render in parallel, so each page checks for itself.
 */
export async function staffQuery<TData, TVariables extends Record<string, unknown>>(
  doc: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: Omit<HasuraFetchOptions, 'token'> = {},
): Promise<HasuraResult<TData>> {
  const { idToken } = await requireStaff();
  return hasuraFetch(doc, variables, { timeoutMs: PAGE_UPSTREAM_TIMEOUT_MS, ...options, token: idToken });
}

/**
 * A page gives up on its data sooner than a route (API_UPSTREAM_TIMEOUT_MS, 8 s by default): someone is looking at a
 * loading state, and the error panel with its retry is the better answer after about 3 s.
 */
export const PAGE_UPSTREAM_TIMEOUT_MS = 3_000;
