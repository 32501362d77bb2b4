import { NextResponse, type NextRequest } from 'next/server';
import { gate } from '@/lib/auth/gate';
import { dataServiceHealth } from '@/lib/data-health';
import { serverEnv } from '@/lib/env';
import { contentSecurityPolicy, HSTS, newNonce, NONCE_HEADER } from '@/lib/security/headers';
import { unavailablePage } from '@/lib/unavailable-page';

/**
 * Open without a session: the auth screens (they must work signed out), /no-access (it must work without
 * nest-access; it checks the session itself), /api/auth (sign-out must work with a dead session) and /api/health
 * (probes and Playwright's webServer poll it signed out). Everything else goes through the gate.
 */
const OPEN = /^\/(sign-in|sign-up|confirm-sign-up|forgot-password|reset-password|new-password|no-access|api\/auth\/|api\/health$)/;

/** Every page and API response gets its own CSP nonce; all but the open paths also go through the session gate. */
export async function middleware(req: NextRequest) {
  const nonce = newNonce();
  const https = isHttps(req);
  const env = serverEnv();
  const csp = contentSecurityPolicy({ nonce, env, dev: process.env.NODE_ENV === 'development', https });
  // Next takes the nonce for its own <script> tags from the request's CSP header; the root layout reads x-nonce.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('content-security-policy', csp);
  requestHeaders.set(NONCE_HEADER, nonce);

  const open = OPEN.test(req.nextUrl.pathname);
  let res: Response = open ? NextResponse.next({ request: { headers: requestHeaders } }) : await gate(req, requestHeaders);
  if (!open && res.headers.get('x-middleware-next') === '1' && isPageRead(req)) res = await unlessDataServiceDown(req, res, env.HASURA_GRAPHQL_URL, nonce);
  // The other security headers come from next.config.mjs, which also covers the static files skipped here.
  res.headers.set('Content-Security-Policy', csp);
  if (https) res.headers.set('Strict-Transport-Security', HSTS);
  return res;
}

/** A dashboard page being loaded (API routes answer their own 502/504). */
function isPageRead(req: NextRequest): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && !req.nextUrl.pathname.startsWith('/api/');
}

/**
 * A page streams its first bytes (status 200) before its query has an answer, so a dead or hung data service is
 * found out here, up front, and answered with 503/504 and the error panel instead (lib/data-health).
 */
async function unlessDataServiceDown(req: NextRequest, passed: Response, graphqlUrl: string, nonce: string): Promise<Response> {
  const health = await dataServiceHealth(graphqlUrl);
  if (health === 'up') return passed;
  const page = unavailablePage(health, { graphqlUrl, nonce, retryPath: req.nextUrl.pathname + req.nextUrl.search });
  // A session refreshed on the way must still reach the browser.
  for (const cookie of passed.headers.getSetCookie()) page.headers.append('set-cookie', cookie);
  return page;
}

function isHttps(req: NextRequest): boolean {
  const forwarded = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? req.nextUrl.protocol.replace(/:$/, '')) === 'https';
}

export const config = {
  // Everything except build assets and static files (next.config.mjs gives those the static headers).
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpe?g|gif|webp|avif|ico|txt|xml|webmanifest|woff2?|css|js|map)$).*)'],
};
