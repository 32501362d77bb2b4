import { NextRequest } from 'next/server';
import {
  accessClaims,
  amplifyCookieHeader,
  forgeries,
  idClaims,
  mint,
  rsaKey,
  startTestPool,
  useTestPoolEnv,
  type ApiCall,
  type TestPool,
} from './test-support';
import { gate } from './gate';
import { unpackPath } from './paths';

const key = rsaKey('pool-key');
const now = () => Math.floor(Date.now() / 1000);
let pool: TestPool & { calls: ApiCall[] };
/** What the fake Cognito answers to GetTokensFromRefreshToken; set per test. */
let refreshAnswer: () => Promise<{ status: number; body: unknown }>;

beforeAll(async () => {
  pool = await startTestPool(key, (call) => {
    if (call.action === 'GetTokensFromRefreshToken') return refreshAnswer();
    return { status: 400, body: { __type: 'InvalidParameterException', message: `unexpected ${call.action}` } };
  });
  useTestPoolEnv(pool);
});
afterAll(() => pool.close());
beforeEach(() => {
  pool.calls.length = 0;
});

/** Where the browser ends up: the gate rewrites page denials to the redirect route with `to`. */
function redirectTarget(res: Response): URL | undefined {
  const rewrite = res.headers.get('x-middleware-rewrite');
  if (!rewrite) return undefined;
  const url = new URL(rewrite);
  expect(url.pathname).toBe('/api/auth/redirect');
  return new URL(unpackPath(url.searchParams.get('to'))!, 'http://localhost:3000');
}

function request(path: string, cookie?: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
}

async function staffCookies(idOverrides = {}, accessOverrides = {}) {
  return amplifyCookieHeader({
    idToken: await mint(key, idClaims(pool, idOverrides)),
    accessToken: await mint(key, accessClaims(pool, accessOverrides)),
    refreshToken: 'refresh-token-1',
  });
}

describe('middleware gate', () => {
  it('lets staff through with no-store and tells server components the path', async () => {
    const res = await gate(request('/phenoms?status=new', await staffCookies()));
    expect(res.headers.get('x-middleware-next')).toBe('1');
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('x-middleware-request-x-nest-pathname')).toBe('/phenoms?status=new');
  });

  it('sends a signed-out visitor to sign-in, remembering where they were going', async () => {
    const res = await gate(request('/phenoms/42?tab=media'));
    const to = redirectTarget(res)!;
    expect(to.pathname).toBe('/sign-in');
    expect(to.searchParams.get('next')).toBe('/phenoms/42?tab=media');
  });

  it('answers /api/* with 401 JSON, never a redirect', async () => {
    const res = await gate(request('/api/phenoms'));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });

  it('sends someone signed in without nest-access to /no-access, and 403 on the API', async () => {
    const cookie = await staffCookies({ 'cognito:groups': ['marketing'] });
    const page = await gate(request('/', cookie));
    expect(redirectTarget(page)?.pathname).toBe('/no-access');
    const api = await gate(request('/api/phenoms', cookie));
    expect(api.status).toBe(403);
    expect((await api.json()).error.code).toBe('forbidden');
  });

  it('accepts a Bearer ID token on the API', async () => {
    const res = await gate(request('/api/phenoms', undefined, { authorization: `Bearer ${await mint(key, idClaims(pool))}` }));
    expect(res.headers.get('x-middleware-next')).toBe('1');
  });

  it('refuses every forged token in the cookie (page → sign-in or no-access, API → 401/403)', async () => {
    refreshAnswer = async () => ({ status: 400, body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' } });
    for (const f of await forgeries(pool, key)) {
      const cookie = amplifyCookieHeader({ idToken: f.token, accessToken: await mint(key, accessClaims(pool)), refreshToken: 'revoked' });
      const api = await gate(request('/api/phenoms', cookie));
      expect({ name: f.name, status: api.status }).toEqual({ name: f.name, status: f.reason === 'forbidden' ? 403 : 401 });
      const page = await gate(request('/phenoms', cookie));
      const to = redirectTarget(page)?.pathname;
      expect({ name: f.name, to }).toEqual({ name: f.name, to: f.reason === 'forbidden' ? '/no-access' : '/sign-in' });
    }
  });

  it('refreshes an expired ID token with the refresh token and continues with the new cookies', async () => {
    const freshId = await mint(key, idClaims(pool, { email: 'refreshed@example.org' }));
    const freshAccess = await mint(key, accessClaims(pool));
    refreshAnswer = async () => ({
      status: 200,
      body: { AuthenticationResult: { IdToken: freshId, AccessToken: freshAccess, ExpiresIn: 3600, TokenType: 'Bearer' } },
    });
    const expired = { iat: now() - 7200, exp: now() - 3600 };
    const res = await gate(request('/phenoms', await staffCookies(expired, expired)));

    expect(pool.calls.map((c) => c.action)).toEqual(['GetTokensFromRefreshToken']);
    expect(pool.calls[0].body).toMatchObject({ RefreshToken: 'refresh-token-1', ClientId: 'test-client-id' });
    expect(res.headers.get('x-middleware-next')).toBe('1');
    const setCookies = res.headers.getSetCookie().join('\n');
    expect(setCookies).toContain(freshId);
    // The page rendered for this very request must already see the new token.
    expect(res.headers.get('x-middleware-request-cookie')).toContain(freshId);
  });

  it('sends the user to sign-in when the refresh token was revoked (global sign-out)', async () => {
    refreshAnswer = async () => ({ status: 400, body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' } });
    const expired = { iat: now() - 7200, exp: now() - 3600 };
    const res = await gate(request('/phenoms', await staffCookies(expired, expired)));
    expect(pool.calls.map((c) => c.action)).toEqual(['GetTokensFromRefreshToken']);
    expect(redirectTarget(res)?.pathname).toBe('/sign-in');
    // The dead session is cleared, so the sign-in page starts clean.
    const cleared = res.headers.getSetCookie().filter((c) => /\.(idToken|accessToken|refreshToken)=;/.test(c));
    expect(cleared).toHaveLength(3);
  });
});
