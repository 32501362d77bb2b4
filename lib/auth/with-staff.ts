import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NextRequest } from 'next/server';
import { ApiError, errorResponse, httpError, NO_STORE } from '@/lib/api/errors';
import { hasuraFetch, toRouteError, type HasuraRole } from '@/lib/hasura';
import { tokenVerifierConfig } from './config';
import { bearerToken, readAmplifyCookies } from './cookies';
import { denyResponse } from './responses';
import { verifyStaffToken, type StaffUser } from './verify';

export interface StaffHasuraOptions {
  role?: HasuraRole;
  /** Overrides the route default (ROUTE_UPSTREAM_TIMEOUT_MS). */
  timeoutMs?: number;
}

export interface StaffRouteContext<P> {
  req: NextRequest;
  user: StaffUser;
  /** The caller's own ID token, to forward to Hasura (lib/hasura) so its permissions apply. */
  idToken: string;
  params: P;
  /**
   * Runs one typed operation as the caller and returns its data; any failure is thrown as the matching
   * {@link ApiError} (502/504/403/409/422) for withStaff to answer. Aborted when the client goes away or after
   * the timeout, so a slow statement is not left running on the caller's behalf.
   */
  hasura<TData, TVariables extends Record<string, unknown>>(
    doc: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options?: StaffHasuraOptions,
  ): Promise<TData>;
}

export interface WithStaffOptions {
  /** Groups required on top of nest-access, e.g. ['nest-admin']. */
  groups?: readonly string[];
}

type RouteParams = Record<string, string | string[] | undefined>;

/** Below Next's and most proxies' own limits, so the client gets our 504 and not a dropped connection. */
export const ROUTE_UPSTREAM_TIMEOUT_MS = 8_000;

function contextFor<P>(req: NextRequest, user: StaffUser, idToken: string, params: P): StaffRouteContext<P> {
  return {
    req,
    user,
    idToken,
    params,
    async hasura(doc, variables, options = {}) {
      const result = await hasuraFetch(doc, variables, {
        token: idToken,
        role: options.role,
        timeoutMs: options.timeoutMs ?? ROUTE_UPSTREAM_TIMEOUT_MS,
        signal: req.signal,
      });
      if (result.ok) return result.data;
      const { kind, code, message } = result.error;
      console.error(`[api] ${req.method} ${req.nextUrl.pathname}: upstream ${kind}/${code}: ${message}`);
      throw toRouteError(result.error);
    },
  };
}

/**
 * Wraps a route handler so it runs only for verified staff. Middleware is not trusted to have run (it can be
 * bypassed, cf. CVE-2025-29927): the token is verified again here, from `Authorization: Bearer` or the Amplify
 * cookies. 401 without a valid token, 403 outside the groups; an {@link ApiError} thrown by the handler (bad
 * input from lib/api/parse, an upstream failure from ctx.hasura, or its own) becomes its JSON body; anything
 * else is a plain 500: no stack trace or SQL ever reaches the client.
 */
export function withStaff<P extends RouteParams = Record<string, string>>(
  handler: (ctx: StaffRouteContext<P>) => Response | Promise<Response>,
  options: WithStaffOptions = {},
) {
  // Exactly the context type Next type-checks route exports against ({ params: Promise<…> }).
  return async (req: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const config = tokenVerifierConfig();
      const token =
        bearerToken(req.headers.get('authorization')) ??
        readAmplifyCookies((name) => req.cookies.get(name)?.value, config.clientId).idToken;
      const check = await verifyStaffToken(token, { groups: options.groups, config });
      if (!check.ok) return denyResponse(check.reason);
      const params = ((await context?.params) ?? {}) as P;
      const res = await handler(contextFor(req, check.user, check.idToken, params));
      if (!res.headers.has('Cache-Control')) res.headers.set('Cache-Control', NO_STORE);
      return res;
    } catch (err) {
      if (err instanceof ApiError) return errorResponse(err);
      console.error(`[withStaff] ${req.method} ${req.nextUrl.pathname} failed:`, err);
      return errorResponse(httpError.internal());
    }
  };
}
