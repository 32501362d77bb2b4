import { HasuraError } from '../errors';
import { createAuthenticator, loadAuthConfig } from './index';
import { cacheExpiry } from './jwks';
import { manualClock, rsaKey, sign, startJwksServer, type JwksServer, type SigningKey } from './test-support';

const NS = 'https://hasura.io/jwt/claims';
const claims = { [NS]: { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user' } };
const keyA = rsaKey('key-a');
const keyB = rsaKey('key-b');

let server: JwksServer;
afterEach(() => server.close());

let warnings: string[];

async function setUp(keys: SigningKey[], headers: Record<string, string> = {}) {
  server = await startJwksServer(keys, headers);
  warnings = [];
  const clock = manualClock();
  const authenticate = createAuthenticator(
    loadAuthConfig({ HASURA_GRAPHQL_ADMIN_SECRET: 's', HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ jwk_url: server.url }) }),
    { now: clock.now, unknownKidRefetchIntervalMs: 10_000, minRefreshIntervalMs: 1_000, warn: (m) => warnings.push(m) },
  );
  // Token times follow the manual clock, so moving it ages the cache without expiring the tokens.
  const request = async (key: SigningKey) => {
    const iat = Math.floor(clock.now() / 1000);
    return authenticate({ authorization: `Bearer ${await sign({ ...claims, iat, exp: iat + 3600 }, key)}` });
  };
  return { clock, request };
}

async function rejectionOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error instanceof HasuraError ? `${error.code}: ${error.message}` : String(error)),
  );
}

describe('JWKS fetched from jwk_url', () => {
  it('is fetched once and reused while fresh', async () => {
    const { request } = await setUp([keyA], { 'cache-control': 'public, max-age=300' });
    await Promise.all([request(keyA), request(keyA), request(keyA)]);
    await request(keyA);
    expect(server.requests).toBe(1);
  });

  it('is refetched once Cache-Control max-age has passed', async () => {
    const { clock, request } = await setUp([keyA], { 'cache-control': 'max-age=300' });
    await request(keyA);
    clock.advance(299_000);
    await request(keyA);
    expect(server.requests).toBe(1);
    clock.advance(2_000);
    await request(keyA);
    expect(server.requests).toBe(2);
  });

  it('honours Expires when there is no Cache-Control', async () => {
    const { clock, request } = await setUp([keyA], { expires: new Date(Date.now() + 60_000).toUTCString() });
    await request(keyA);
    clock.advance(30_000);
    await request(keyA);
    expect(server.requests).toBe(1);
    clock.advance(40_000);
    await request(keyA);
    expect(server.requests).toBe(2);
  });

  it('without cache headers, is kept until a token names an unknown kid', async () => {
    const { clock, request } = await setUp([keyA]);
    await request(keyA);
    clock.advance(24 * 3600_000);
    await request(keyA);
    expect(server.requests).toBe(1);
  });

  it('with no-cache, is refetched on later requests, at most once per second', async () => {
    const { clock, request } = await setUp([keyA], { 'cache-control': 'no-cache' });
    await request(keyA);
    await request(keyA);
    expect(server.requests).toBe(1);
    clock.advance(1_500);
    await request(keyA);
    expect(server.requests).toBe(2);
  });

  it('on an unknown kid, is refetched, and the token refused when the key is still unknown', async () => {
    const { request } = await setUp([keyA], { 'cache-control': 'max-age=3600' });
    await request(keyA);
    expect(await rejectionOf(request(keyB))).toBe('invalid-jwt: Could not verify JWT: JWSError JWSInvalidSignature');
    expect(server.requests).toBe(2);
  });

  it('picks up a rotated signing key through the unknown-kid refetch', async () => {
    const { request } = await setUp([keyA], { 'cache-control': 'max-age=3600' });
    await request(keyA);
    server.keys = [keyA, keyB];
    await expect(request(keyB)).resolves.toMatchObject({ role: 'user' });
    expect(server.requests).toBe(2);
  });

  it('limits unknown-kid refetches, so forged kids cannot flood the identity provider', async () => {
    const { clock, request } = await setUp([keyA], { 'cache-control': 'max-age=3600' });
    await request(keyA);
    for (let i = 0; i < 5; i++) await rejectionOf(request(rsaKey(`forged-${i}`)));
    expect(server.requests).toBe(2);
    server.keys = [keyA, keyB];
    expect(await rejectionOf(request(keyB))).toBeDefined(); // still inside the interval
    clock.advance(10_000);
    await expect(request(keyB)).resolves.toMatchObject({ role: 'user' });
    expect(server.requests).toBe(3);
  });

  it('keeps serving the cached keys while the endpoint fails', async () => {
    const { clock, request } = await setUp([keyA], { 'cache-control': 'max-age=60' });
    await request(keyA);
    server.status = 500;
    clock.advance(61_000);
    await expect(request(keyA)).resolves.toMatchObject({ role: 'user' });
    expect(server.requests).toBe(2);
    expect(warnings).toEqual([`JWKS fetch from ${server.url} failed: HTTP 500; keeping 1 cached key(s)`]);
  });

  it('refuses tokens with a plain message when the endpoint has never answered', async () => {
    const { request } = await setUp([keyA]);
    server.status = 503;
    expect(await rejectionOf(request(keyA))).toBe('invalid-jwt: Could not verify JWT: JWSError NoUsableKeys');
  });
});

describe('cacheExpiry', () => {
  const now = Date.UTC(2030, 0, 1);
  const expiry = (headers: Record<string, string>) => cacheExpiry(new Headers(headers), now);

  it('reads max-age, s-maxage, must-revalidate, no-cache and no-store like Hasura', () => {
    expect(expiry({ 'cache-control': 'public, max-age=600' })).toBe(now + 600_000);
    expect(expiry({ 'cache-control': 's-maxage=30' })).toBe(now + 30_000);
    expect(expiry({ 'cache-control': 'max-age=600, must-revalidate' })).toBe(now + 600_000);
    expect(expiry({ 'cache-control': 'must-revalidate' })).toBe(now);
    expect(expiry({ 'cache-control': 'no-cache' })).toBe(now);
    expect(expiry({ 'cache-control': 'no-store, max-age=600' })).toBe(now);
  });

  it('falls back to Expires, and to no stated lifetime', () => {
    const at = new Date(now + 90_000).toUTCString();
    expect(expiry({ expires: at })).toBe(now + 90_000);
    expect(expiry({ 'cache-control': 'public', expires: at })).toBe(now + 90_000);
    expect(expiry({ expires: 'not a date' })).toBeUndefined();
    expect(expiry({})).toBeUndefined();
  });
});
