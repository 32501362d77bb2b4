import 'server-only';
import type { NextRequest } from 'next/server';
import { tokenVerifierConfig } from './config';
import { bearerToken, readAmplifyCookies } from './cookies';
import { InputError } from './input';
import { apiError, denyResponse, NO_STORE } from './responses';
import { verifyStaffToken, type StaffUser } from './verify';

export interface StaffRouteContext<P> {
  req: NextRequest;
  user: StaffUser;
  /** The caller's own ID token, to forward to Hasura (lib/hasura) so its permissions apply. */
  idToken: string;
  params: P;
}

export interface WithStaffOptions {
  /** Groups required on top of nest-access, e.g. ['nest-admin']. */
  groups?: readonly string[];
}

type RouteParams = Record<string, string | string[] | undefined>;

/**
 * Wraps a route handler so it runs only for verified staff. Middleware is not trusted to have run (it can be
 * bypassed, cf. CVE-2025-29927): the token is verified again here, from `Authorization: Bearer` or the Amplify
 * cookies. 401 without a valid token, 403 outside the groups, 400/422 on bad input (see parseJson/parseInput),
 * and any other failure is a plain 500 JSON: no stack trace or SQL ever reaches the client.
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
      const res = await handler({ req, user: check.user, idToken: check.idToken, params });
      if (!res.headers.has('Cache-Control')) res.headers.set('Cache-Control', NO_STORE);
      return res;
    } catch (err) {
      if (err instanceof InputError) return apiError(err.status, err.code, err.message, err.field ? { field: err.field } : {});
      console.error(`[withStaff] ${req.method} ${req.nextUrl.pathname} failed:`, err);
      return apiError(500, 'internal', 'Something went wrong on our side. Try again.');
    }
  };
}
