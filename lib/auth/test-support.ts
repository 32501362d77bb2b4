// Shared by the auth tests: a real RSA key, a JWKS endpoint on 127.0.0.1 and a token minter that can forge every
// kind of bad token, so tests exercise real signatures and real HTTP instead of mocks.
import { createHmac, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, type JWTPayload } from 'jose';
import type { TokenVerifierConfig } from './config';

export const CLIENT_ID = 'test-client-id';
export const POOL_ID = 'us-east-1_TestPool1';

export interface TestPool {
  /** Base URL of the fake Cognito API (what COGNITO_ENDPOINT would be). */
  endpoint: string;
  config: TokenVerifierConfig;
  publicKeyPem: string;
  close: () => Promise<void>;
}

export interface TestKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function rsaKey(kid: string): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** A Cognito JSON API call the test pool received: X-Amz-Target without the service prefix, and the body. */
export interface ApiCall {
  action: string;
  body: Record<string, unknown>;
}

export type ApiHandler = (call: ApiCall) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>;

/**
 * Serves `published` as the pool's JWKS (tokens signed by any other key are the forgeries) and, when given
 * `onApi`, answers Cognito JSON API calls (POST / with X-Amz-Target) the way the real service would.
 */
export async function startTestPool(published: TestKey, onApi?: ApiHandler): Promise<TestPool & { calls: ApiCall[] }> {
  const jwk = { ...published.publicKey.export({ format: 'jwk' }), kid: published.kid, alg: 'RS256', use: 'sig' };
  const calls: ApiCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const target = req.headers['x-amz-target'];
      if (req.method === 'GET' && req.url?.endsWith('/.well-known/jwks.json')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [jwk] }));
      } else if (req.method === 'POST' && typeof target === 'string' && onApi) {
        const call = { action: target.split('.').pop() ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') };
        calls.push(call);
        const answer = await onApi(call);
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(answer.body));
      } else {
        res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/${POOL_ID}`;
  return {
    calls,
    endpoint: `http://127.0.0.1:${port}`,
    config: { issuer, clientId: CLIENT_ID, jwksUrl: `${issuer}/.well-known/jwks.json` },
    publicKeyPem: published.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const now = () => Math.floor(Date.now() / 1000);

/** The claims of a genuine Cognito ID token for a staff member of this pool. */
export function idClaims(pool: Pick<TestPool, 'config'>, overrides: JWTPayload = {}): JWTPayload {
  return {
    sub: '11111111-2222-3333-4444-555555555555',
    email: 'agent@example.org',
    email_verified: true,
    'cognito:groups': ['nest-access'],
    'cognito:username': '11111111-2222-3333-4444-555555555555',
    token_use: 'id',
    auth_time: now(),
    iss: pool.config.issuer,
    aud: CLIENT_ID,
    iat: now(),
    exp: now() + 3600,
    ...overrides,
  };
}

export function accessClaims(pool: Pick<TestPool, 'config'>, overrides: JWTPayload = {}): JWTPayload {
  return {
    sub: '11111111-2222-3333-4444-555555555555',
    'cognito:groups': ['nest-access'],
    token_use: 'access',
    client_id: CLIENT_ID,
    scope: 'aws.cognito.signin.user.admin',
    username: '11111111-2222-3333-4444-555555555555',
    iss: pool.config.issuer,
    iat: now(),
    exp: now() + 3600,
    ...overrides,
  };
}

export function mint(key: TestKey, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token: the classic "alg: none" downgrade. */
export function unsigned(kid: string, claims: JWTPayload): string {
  return `${b64({ alg: 'none', kid, typ: 'JWT' })}.${b64(claims)}.`;
}

/** HS256 "signed" with the RSA public key as the HMAC secret: the classic algorithm-confusion forgery. */
export function hmacWithPublicKey(kid: string, publicKeyPem: string, claims: JWTPayload): string {
  const input = `${b64({ alg: 'HS256', kid, typ: 'JWT' })}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', publicKeyPem).update(input).digest('base64url')}`;
}

/** A genuine token whose payload was edited afterwards (signature left as it was). */
export function withTamperedPayload(token: string, change: (claims: JWTPayload) => JWTPayload): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JWTPayload;
  return `${header}.${b64(change(claims))}.${signature}`;
}

export interface Forgery {
  name: string;
  token: string;
  /** What the verifier must conclude; 'forbidden' = genuine token, wrong groups. */
  reason: 'invalid' | 'expired' | 'forbidden';
}

/** Every token that must not get a staff member in, each paired with why. */
export async function forgeries(pool: Pick<TestPool, 'config' | 'publicKeyPem'>, key: TestKey): Promise<Forgery[]> {
  const stranger = rsaKey('stranger-key');
  const genuine = await mint(key, idClaims(pool));
  return [
    { name: 'expired', token: await mint(key, idClaims(pool, { iat: now() - 7200, exp: now() - 3600 })), reason: 'expired' },
    { name: 'not yet valid', token: await mint(key, idClaims(pool, { nbf: now() + 3600 })), reason: 'invalid' },
    { name: 'wrong issuer', token: await mint(key, idClaims(pool, { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' })), reason: 'invalid' },
    { name: 'wrong audience (other app client)', token: await mint(key, idClaims(pool, { aud: 'other-client' })), reason: 'invalid' },
    { name: 'alg none', token: unsigned(key.kid, idClaims(pool)), reason: 'invalid' },
    { name: 'HS256 signed with the public key', token: hmacWithPublicKey(key.kid, pool.publicKeyPem, idClaims(pool)), reason: 'invalid' },
    { name: 'tampered payload (groups added)', token: withTamperedPayload(await mint(key, idClaims(pool, { 'cognito:groups': [] })), (c) => ({ ...c, 'cognito:groups': ['nest-access', 'nest-admin'] })), reason: 'invalid' },
    { name: 'tampered payload (expiry extended)', token: withTamperedPayload(genuine, (c) => ({ ...c, exp: now() + 86400 * 365 })), reason: 'invalid' },
    { name: 'unknown kid (signed by another key)', token: await mint(stranger, idClaims(pool)), reason: 'invalid' },
    { name: 'access token instead of ID token', token: await mint(key, accessClaims(pool)), reason: 'invalid' },
    { name: 'ID token with token_use access', token: await mint(key, idClaims(pool, { token_use: 'access' })), reason: 'invalid' },
    { name: 'not a JWT at all', token: 'garbage', reason: 'invalid' },
    { name: 'no groups', token: await mint(key, idClaims(pool, { 'cognito:groups': undefined })), reason: 'forbidden' },
    { name: 'other group only', token: await mint(key, idClaims(pool, { 'cognito:groups': ['marketing'] })), reason: 'forbidden' },
  ];
}

/** The environment lib/env.ts needs, pointing the app at a test pool. Call before the first serverEnv(). */
export function useTestPoolEnv(pool: TestPool) {
  Object.assign(process.env, {
    HASURA_GRAPHQL_URL: 'http://127.0.0.1:1/v1/graphql',
    S3_BUCKET: 'test-media',
    COGNITO_REGION: 'us-east-1',
    COGNITO_USER_POOL_ID: POOL_ID,
    COGNITO_CLIENT_ID: CLIENT_ID,
    COGNITO_ENDPOINT: pool.endpoint,
    COGNITO_ISSUER: pool.config.issuer,
    COGNITO_JWKS_URL: pool.config.jwksUrl,
  });
}

/** The cookies Amplify (ssr: true) writes in the browser after sign-in, as a Cookie header. */
export function amplifyCookieHeader(tokens: { idToken?: string; accessToken?: string; refreshToken?: string }, username = 'agent'): string {
  const prefix = `CognitoIdentityServiceProvider.${CLIENT_ID}`;
  const pairs: [string, string | undefined][] = [
    [`${prefix}.LastAuthUser`, username],
    [`${prefix}.${username}.idToken`, tokens.idToken],
    [`${prefix}.${username}.accessToken`, tokens.accessToken],
    [`${prefix}.${username}.refreshToken`, tokens.refreshToken],
    [`${prefix}.${username}.clockDrift`, '0'],
  ];
  return pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}
