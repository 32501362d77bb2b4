import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NextRequest } from 'next/server';
import { ApiError, errorResponse, httpError, NO_STORE } from '@/lib/api/errors';
import { DEFAULT_BODY_LIMIT_BYTES } from '@/lib/api/parse';
import { serverEnv } from '@/lib/env';
import { hasuraFetch, toRouteError, type HasuraRole } from '@/lib/hasura';
import { tokenVerifierConfig } from './config';
import { bearerToken, readAmplifyCookies } from './cookies';
import { denyResponse } from './responses';
import { checkStaffSession } from './revocation';
import type { StaffUser } from './verify';

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
  /** A route that reads bodies above DEFAULT_BODY_LIMIT_BYTES says so here and in parseJson's limitBytes. */
  bodyLimitBytes?: number;
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
 * cookies. A state-changing request must first pass {@link guardStateChange} (CSRF: same origin, JSON).
 * 401 without a valid token, 403 outside the groups; an {@link ApiError} thrown by the handler (bad
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
      guardStateChange(req, options.bodyLimitBytes);
      const config = tokenVerifierConfig();
      const token =
        bearerToken(req.headers.get('authorization')) ??
        readAmplifyCookies((name) => req.cookies.get(name)?.value, config.clientId).idToken;
      const check = await checkStaffSession(token, { groups: options.groups, config });
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

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The CSRF gate of every request that changes something (POST/PUT/PATCH/DELETE); throws the refusal as an
 * {@link ApiError}. A page on another origin (even one on the same site, such as another port) can make a
 * signed-in browser send a form post or a "simple" fetch with its cookies attached, but it cannot make the browser
 * claim our Origin, nor send `application/json` without a CORS preflight that we never grant. So:
 * - Origin, when sent, must be the app's own; without Origin, Sec-Fetch-Site must say same-origin; a request
 *   with neither that carries cookies is accepted only with an `Authorization: Bearer` token (a non-browser
 *   client: browsers never add that header by themselves, so it cannot be forged cross-site).
 * - The body must be declared `application/json` (a bodiless DELETE needs none); a declared length over the
 *   limit is refused with 413 before anything is read (parseJson enforces the limit on what actually arrives).
 * Used by withStaff and by the one state-changing route that cannot require a live session (sign-out).
 */
export function guardStateChange(req: NextRequest, bodyLimitBytes = DEFAULT_BODY_LIMIT_BYTES): void {
  if (!STATE_CHANGING.has(req.method)) return;
  if (!fromOwnOrigin(req)) throw new ApiError(403, 'cross_origin', 'This request did not come from N.E.S.T. itself, so nothing was changed.');
  const declared = Number(req.headers.get('content-length') ?? 0);
  // Headers, not req.body: a server may hand a bodiless request an empty stream.
  const hasBody = declared > 0 || req.headers.has('transfer-encoding');
  if (!hasBody && req.method === 'DELETE') return;
  if (mediaType(req.headers.get('content-type')) !== 'application/json') throw httpError.unsupportedMediaType();
  if (declared > bodyLimitBytes) throw httpError.tooLarge(bodyLimitBytes);
}

function fromOwnOrigin(req: NextRequest): boolean {
  const origin = req.headers.get('origin');
  if (origin !== null) return allowedOrigins(req).includes(origin);
  const fetchSite = req.headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite === 'same-origin';
  // Neither header: not a browser page, or one too old to say. Only cookies can be abused cross-site, so only a
  // request that carries them must prove where it comes from; without any credential the session check answers.
  return bearerToken(req.headers.get('authorization')) !== undefined || !req.headers.has('cookie');
}

/**
 * APP_ORIGIN when configured; otherwise the origin the request was addressed to. Not req.nextUrl.origin: Next
 * rewrites 127.0.0.1 to localhost there, while the browser sends the Origin it actually used.
 */
function allowedOrigins(req: NextRequest): string[] {
  const configured = serverEnv().APP_ORIGIN;
  if (configured) return [new URL(configured).origin];
  const host = firstValue(req.headers.get('x-forwarded-host')) ?? req.headers.get('host');
  if (!host) return [];
  const proto = firstValue(req.headers.get('x-forwarded-proto')) ?? req.nextUrl.protocol.replace(/:$/, '');
  return [`${proto}://${host}`];
}

function firstValue(header: string | null): string | undefined {
  return header?.split(',')[0]?.trim() || undefined;
}

function mediaType(contentType: string | null): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}
