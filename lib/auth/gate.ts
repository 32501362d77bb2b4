import { NextResponse, type NextRequest } from 'next/server';
import { refreshSession } from './amplify-server';
import { tokenVerifierConfig } from './config';
import { bearerToken, readAmplifyCookies } from './cookies';
import { packPath, PATHNAME_HEADER, signInPath } from './paths';
import { denyResponse, NO_STORE } from './responses';
import { verifyStaffToken, type TokenCheck } from './verify';

/**
 * The edge gate run by middleware.ts for every page and API route except the auth screens and static files.
 * Pages without a session go to /sign-in?next=…, staff without nest-access to /no-access; /api/* always gets
 * 401/403 JSON (a redirect would hand fetch() an HTML sign-in page). An expired ID token is refreshed with the
 * refresh token and the request continues with the new cookies. `requestHeaders` are what the page is rendered
 * with (middleware adds the CSP nonce).
 */
export async function gate(req: NextRequest, requestHeaders: Headers = new Headers(req.headers)): Promise<NextResponse> {
  const isApi = req.nextUrl.pathname.startsWith('/api/');
  const config = tokenVerifierConfig();
  const bearer = isApi ? bearerToken(req.headers.get('authorization')) : undefined;
  const session = readAmplifyCookies((name) => req.cookies.get(name)?.value, config.clientId);
  let check: TokenCheck = await verifyStaffToken(bearer ?? session.idToken, { config });

  // Refreshed cookies go both to the browser (Set-Cookie) and to this request, so the page rendered now
  // already sees the new ID token.
  let refreshed: NextResponse | undefined;
  if (check.ok === false && check.reason === 'expired' && !bearer && session.refreshToken) {
    refreshed = NextResponse.next();
    const idToken = await refreshSession({ request: req, response: refreshed });
    check = await verifyStaffToken(idToken, { config });
  }

  if (!check.ok) {
    const denied = isApi ? denyResponse(check.reason) : redirectFor(req, check.reason === 'forbidden');
    copySetCookies(refreshed, denied);
    return denied;
  }

  const headers = new Headers(requestHeaders);
  headers.set(PATHNAME_HEADER, req.nextUrl.pathname + req.nextUrl.search);
  if (refreshed) headers.set('cookie', mergedCookieHeader(req, refreshed));
  const res = NextResponse.next({ request: { headers } });
  copySetCookies(refreshed, res);
  res.headers.set('Cache-Control', NO_STORE);
  return res;
}

/** Internal route that answers with the actual redirect (see redirectFor). */
export const REDIRECT_ROUTE = '/api/auth/redirect';

/**
 * Sends the browser to /sign-in?next=… or /no-access. Not with NextResponse.redirect: Next's middleware adapter
 * rewrites a redirect to 127.0.0.1 into one to localhost (NextURL normalises loopback hosts), a different cookie
 * host, so the session (or the sign-in that follows) would be lost on the local stack. The rewritten-to route
 * handler answers 307 with a relative Location, which the browser resolves against the host it actually used.
 */
function redirectFor(req: NextRequest, forbidden: boolean): NextResponse {
  const target = forbidden ? '/no-access' : signInPath(req.nextUrl.pathname + req.nextUrl.search);
  const url = new URL(REDIRECT_ROUTE, req.url);
  url.searchParams.set('to', packPath(target));
  const res = NextResponse.rewrite(url);
  res.headers.set('Cache-Control', NO_STORE);
  return res;
}

function copySetCookies(from: NextResponse | undefined, to: NextResponse) {
  for (const cookie of from?.cookies.getAll() ?? []) to.cookies.set(cookie);
}

function mergedCookieHeader(req: NextRequest, refreshed: NextResponse): string {
  const jar = new Map(req.cookies.getAll().map((c) => [c.name, c.value]));
  for (const c of refreshed.cookies.getAll()) {
    if (c.value === '' || (c.expires !== undefined && new Date(c.expires).getTime() <= Date.now())) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
}
