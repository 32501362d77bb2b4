import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { accessClaims, amplifyCookieHeader, idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type ApiCall, type TestPool } from '@/lib/auth/test-support';
import { sendJson, startFakeUpstream } from '@/lib/testing/fake-upstream';

/**
 * CSRF, for every state-changing export of every route under app/api (found on disk, so a route added later is
 * covered without touching this file): a request from another origin, or one a cross-site form could send
 * (text/plain, form-encoded), is refused before anything is done; a same-origin JSON request gets through to the
 * route's own logic.
 */
const API_DIR = __dirname;
const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const ORIGIN = 'http://127.0.0.1:3000';
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

/** The URL path and params for a route file: `[id]` gets a plausible uuid, `[...rest]` a one-segment array. */
function routeShape(file: string) {
  const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep);
  const params: Record<string, string | string[]> = {};
  const urlPath = segments.map((segment) => {
    const dynamic = segment.match(/^\[(\.\.\.)?(\w+)\]$/);
    if (!dynamic) return segment;
    const value = '7d0c1f7e-3b7a-4d55-9a39-2b1f9f0e6a11';
    params[dynamic[2]] = dynamic[1] ? [value] : value;
    return value;
  });
  return { url: `${ORIGIN}/api/${urlPath.join('/')}`, params };
}

const routes = routeFiles(API_DIR).flatMap((file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as Partial<Record<(typeof STATE_CHANGING)[number], Handler>>;
  return STATE_CHANGING.filter((m) => typeof mod[m] === 'function').map((method) => ({
    name: `${method} /api/${path.relative(API_DIR, path.dirname(file))}`,
    method,
    handler: mod[method]!,
    ...routeShape(file),
  }));
});

const key = rsaKey('pool-key');
let pool: TestPool & { calls: ApiCall[] };
let hasura: Awaited<ReturnType<typeof startFakeUpstream>>;
let cookie: string;

beforeAll(async () => {
  pool = await startTestPool(key, () => ({ status: 400, body: { __type: 'InvalidParameterException', message: 'test pool' } }));
  hasura = await startFakeUpstream((_req, res) => sendJson(res, 200, { errors: [{ message: 'test engine', extensions: { code: 'unexpected' } }] }));
  useTestPoolEnv(pool);
  process.env.HASURA_GRAPHQL_URL = hasura.url;
  const groups = ['nest-access', 'nest-admin'];
  cookie = amplifyCookieHeader({
    idToken: await mint(key, idClaims(pool, { 'cognito:groups': groups })),
    accessToken: await mint(key, accessClaims(pool, { 'cognito:groups': groups })),
  });
});
afterAll(async () => {
  await pool.close();
  await hasura.close();
});
beforeEach(() => {
  pool.calls.length = 0;
  hasura.requests.length = 0;
});

function send(route: (typeof routes)[number], headers: Record<string, string>, body = '{}') {
  // A browser declares the length of every body it sends (a bodiless DELETE needs no content type).
  const req = new NextRequest(route.url, { method: route.method, headers: { host: '127.0.0.1:3000', cookie, 'content-length': String(Buffer.byteLength(body)), ...headers }, body });
  return route.handler(req, { params: Promise.resolve(route.params) });
}

const REFUSALS: [label: string, headers: Record<string, string>, status: number][] = [
  ['JSON from another site', { origin: 'https://evil.example', 'content-type': 'application/json' }, 403],
  ['JSON from a sibling origin', { origin: 'http://127.0.0.1:3001', 'content-type': 'application/json' }, 403],
  ['a cross-site form post (no Origin, Sec-Fetch-Site cross-site)', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' }, 403],
  ['a cross-site text/plain fetch', { origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8' }, 403],
  ['text/plain from our own origin', { origin: ORIGIN, 'content-type': 'text/plain;charset=UTF-8' }, 415],
  ['a form post from our own origin', { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, 415],
];

describe('every state-changing API route', () => {
  it('is found on disk (the admin, phenom and sign-out routes at least)', () => {
    expect(routes.map((r) => r.name)).toEqual(expect.arrayContaining(['POST /api/admin/invite', 'POST /api/admin/revoke', 'PATCH /api/phenoms/[id]', 'POST /api/auth/sign-out']));
  });

  describe.each(routes.map((r) => [r.name, r] as const))('%s', (_name, route) => {
    it.each(REFUSALS)('refuses %s, doing nothing', async (_label, headers, status) => {
      const res = await send(route, headers, route.method === 'DELETE' ? '{}' : '{"email":"x@example.org","status":"triage"}');
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toBe(status === 403 ? 'cross_origin' : 'unsupported_media_type');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect({ cognito: pool.calls.length, engine: hasura.requests.length }).toEqual({ cognito: 0, engine: 0 });
    });

    it('lets same-origin JSON through to the route itself', async () => {
      for (const headers of [{ origin: ORIGIN }, { 'sec-fetch-site': 'same-origin' }] as Record<string, string>[]) {
        const res = await send(route, { ...headers, 'content-type': 'application/json' });
        const code = res.headers.get('content-type')?.includes('json') ? (await res.json()).error?.code : undefined;
        // `{}` is not a valid input for most routes: a 422 from the route's own validation is getting through.
        expect({ headers, refused: [401, 403, 413, 415].includes(res.status), code }).toEqual({ headers, refused: false, code: expect.not.stringMatching(/cross_origin|unsupported_media_type|payload_too_large|unauthenticated/) });
      }
    });
  });
});
