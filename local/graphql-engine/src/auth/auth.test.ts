import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HasuraError } from '../errors';
import { createAuthenticator, loadAuthConfig, type AuthenticatorOptions } from './index';
import {
  ecKey,
  nowSeconds,
  rsaKey,
  sign,
  startJwksServer,
  unsignedToken,
  withTamperedPayload,
  type JwksServer,
} from './test-support';

const ADMIN_SECRET = 'correct horse battery staple';
const NS = 'https://hasura.io/jwt/claims';
const signer = rsaKey('main');
const stranger = rsaKey('main'); // same kid, different key: a forger who knows our kid

function authenticatorFor(env: Record<string, string | undefined>, options: AuthenticatorOptions = {}) {
  return createAuthenticator(loadAuthConfig({ HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET, ...env }), options);
}

function withJwt(secret: Record<string, unknown>, env: Record<string, string> = {}, options: AuthenticatorOptions = {}) {
  return authenticatorFor({ HASURA_GRAPHQL_JWT_SECRET: JSON.stringify(secret), ...env }, options);
}

const rsaSecret = { type: 'RS256', key: signer.publicPem };
const userClaims = (extra: Record<string, unknown> = {}) => ({
  sub: 'u-1',
  [NS]: { 'x-hasura-allowed-roles': ['user', 'editor'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': 'u-1', ...extra },
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectAuthError(promise: Promise<unknown>, code: string, message: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HasuraError);
  const hasuraError = error as HasuraError;
  expect(hasuraError.toJSON()).toEqual({ message, extensions: { path: '$', code } });
  // Hasura answers auth failures on /v1/graphql with HTTP 200 and the error in the body.
  expect(hasuraError.httpStatus).toBe(200);
}

describe('admin secret', () => {
  const authenticate = authenticatorFor({});

  it('makes the request admin, and the secret never becomes a session variable', async () => {
    const session = await authenticate({ 'x-hasura-admin-secret': ADMIN_SECRET });
    expect(session).toEqual({ role: 'admin', adminSecretSent: true, variables: { 'x-hasura-role': 'admin' } });
  });

  it('lets the admin act as any role with x-hasura-* session headers', async () => {
    const session = await authenticate({
      'x-hasura-admin-secret': ADMIN_SECRET,
      'x-hasura-role': 'reviewer',
      'x-hasura-user-id': '42',
      'content-type': 'application/json',
    });
    expect(session).toEqual({
      role: 'reviewer',
      adminSecretSent: true,
      variables: { 'x-hasura-role': 'reviewer', 'x-hasura-user-id': '42' },
    });
  });

  it('accepts the deprecated x-hasura-access-key header', async () => {
    await expect(authenticate({ 'x-hasura-access-key': ADMIN_SECRET })).resolves.toMatchObject({ role: 'admin' });
  });

  it('refuses a wrong or empty secret with access-denied', async () => {
    const message = 'invalid x-hasura-admin-secret/x-hasura-access-key';
    await expectAuthError(authenticate({ 'x-hasura-admin-secret': 'guess' }), 'access-denied', message);
    await expectAuthError(authenticate({ 'x-hasura-admin-secret': '' }), 'access-denied', message);
    await expectAuthError(authenticate({ 'x-hasura-admin-secret': `${ADMIN_SECRET} ` }), 'access-denied', message);
  });

  it('refuses a request without credentials when no JWT or unauthorized role is configured', async () => {
    await expectAuthError(
      authenticate({ 'x-hasura-role': 'admin' }),
      'access-denied',
      'x-hasura-admin-secret/x-hasura-access-key required, but not found',
    );
  });

  it('gives a request without credentials the unauthorized role, with its x-hasura-* headers', async () => {
    const anonymous = authenticatorFor({ HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous' });
    await expect(anonymous({ 'x-hasura-role': 'admin', 'x-hasura-lang': 'en' })).resolves.toEqual({
      role: 'anonymous',
      adminSecretSent: false,
      variables: { 'x-hasura-role': 'anonymous', 'x-hasura-lang': 'en' },
    });
  });

  it('takes precedence over a JWT, valid or not', async () => {
    const authenticateJwt = withJwt(rsaSecret);
    const session = await authenticateJwt({ 'x-hasura-admin-secret': ADMIN_SECRET, authorization: 'Bearer garbage' });
    expect(session.role).toBe('admin');
  });

  it('without an admin secret configured, every request is admin (Hasura without auth)', async () => {
    const open = createAuthenticator(loadAuthConfig({}));
    await expect(open({})).resolves.toMatchObject({ role: 'admin', adminSecretSent: true });
    await expect(open({ 'x-hasura-role': 'user' })).resolves.toMatchObject({ role: 'user', adminSecretSent: true });
  });
});

describe('JWT with a static key', () => {
  const authenticate = withJwt(rsaSecret);

  it('runs as the default role with the token x-hasura-* claims as session variables', async () => {
    const token = await sign({ ...userClaims({ 'X-Hasura-Org-Id': 'o-9', plan: 'free' }) }, signer);
    await expect(authenticate(bearer(token))).resolves.toEqual({
      role: 'user',
      adminSecretSent: false,
      variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': 'u-1', 'x-hasura-org-id': 'o-9' },
    });
  });

  it('ignores x-hasura-* request headers: only the verified token sets session variables', async () => {
    const token = await sign(userClaims(), signer);
    const session = await authenticate({ ...bearer(token), 'x-hasura-user-id': 'someone-else' });
    expect(session.variables['x-hasura-user-id']).toBe('u-1');
  });

  it('switches to another allowed role with x-hasura-role', async () => {
    const token = await sign(userClaims(), signer);
    await expect(authenticate({ ...bearer(token), 'x-hasura-role': 'editor' })).resolves.toMatchObject({ role: 'editor' });
  });

  it('a token whose role is admin runs as admin, without the admin secret (Hasura: the role decides)', async () => {
    const token = await sign(userClaims({ 'x-hasura-allowed-roles': ['user', 'admin'], 'x-hasura-default-role': 'admin' }), signer);
    await expect(authenticate(bearer(token))).resolves.toMatchObject({ role: 'admin', adminSecretSent: false });
  });

  it('refuses a role outside the allowed roles', async () => {
    const token = await sign(userClaims(), signer);
    await expectAuthError(
      authenticate({ ...bearer(token), 'x-hasura-role': 'admin' }),
      'access-denied',
      'Your requested role is not in allowed roles',
    );
  });

  it('refuses a default role that is not among the allowed roles', async () => {
    const token = await sign({ [NS]: { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'boss' } }, signer);
    await expectAuthError(authenticate(bearer(token)), 'access-denied', 'Your requested role is not in allowed roles');
  });

  it('accepts ES256 keys', async () => {
    const ec = ecKey('ec');
    const token = await sign(userClaims(), ec);
    await expect(withJwt({ type: 'ES256', key: ec.publicPem })(bearer(token))).resolves.toMatchObject({ role: 'user' });
  });

  it('accepts HS256 shared secrets', async () => {
    const secret = 'a-shared-secret-of-at-least-32-characters!';
    const token = await sign(userClaims(), { secret, alg: 'HS256' });
    await expect(withJwt({ type: 'HS256', key: secret })(bearer(token))).resolves.toMatchObject({ role: 'user' });
  });

  describe('refuses forged and unusable tokens', () => {
    it('expired', async () => {
      const token = await sign({ ...userClaims(), exp: nowSeconds() - 60 }, signer);
      await expectAuthError(authenticate(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWTExpired');
    });

    it('not valid yet (nbf in the future)', async () => {
      const token = await sign({ ...userClaims(), nbf: nowSeconds() + 600 }, signer);
      await expectAuthError(authenticate(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWTNotYetValid');
    });

    it('issued in the future', async () => {
      const token = await sign({ ...userClaims(), iat: nowSeconds() + 600 }, signer);
      await expectAuthError(authenticate(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWTIssuedAtFuture');
    });

    it('unsigned (alg none)', async () => {
      await expectAuthError(
        authenticate(bearer(unsignedToken(userClaims()))),
        'invalid-jwt',
        'Could not verify JWT: JWSError JWSNoSignatures',
      );
    });

    it('HS256 "signed" with our RSA public key as the HMAC secret', async () => {
      const token = await sign(userClaims(), { secret: signer.publicPem, alg: 'HS256' });
      await expectAuthError(authenticate(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWSError JWSInvalidSignature');
    });

    it('payload changed after signing', async () => {
      const token = await sign(userClaims(), signer);
      const escalated = withTamperedPayload(token, {
        exp: nowSeconds() + 3600,
        [NS]: { 'x-hasura-allowed-roles': ['admin'], 'x-hasura-default-role': 'admin' },
      });
      await expectAuthError(authenticate(bearer(escalated)), 'invalid-jwt', 'Could not verify JWT: JWSError JWSInvalidSignature');
    });

    it('signed by another key that claims our kid', async () => {
      const token = await sign(userClaims(), stranger);
      await expectAuthError(authenticate(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWSError JWSInvalidSignature');
    });

    it('not a JWT at all', async () => {
      await expectAuthError(
        authenticate(bearer('not-a-token')),
        'invalid-jwt',
        'Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)',
      );
    });
  });

  it('accepts a token expired within allowed_skew, and not beyond it', async () => {
    const lenient = withJwt({ ...rsaSecret, allowed_skew: 60 });
    const recentlyExpired = await sign({ ...userClaims(), exp: nowSeconds() - 30 }, signer);
    await expect(lenient(bearer(recentlyExpired))).resolves.toMatchObject({ role: 'user' });
    const longExpired = await sign({ ...userClaims(), exp: nowSeconds() - 120 }, signer);
    await expectAuthError(lenient(bearer(longExpired)), 'invalid-jwt', 'Could not verify JWT: JWTExpired');
  });

  it('judges token times by the injected clock', async () => {
    let now = Date.now();
    const clocked = withJwt(rsaSecret, {}, { now: () => now });
    const iat = Math.floor(now / 1000);
    const token = await sign({ ...userClaims(), iat, exp: iat + 60 }, signer);
    await expect(clocked(bearer(token))).resolves.toMatchObject({ role: 'user' });
    now += 61_000;
    await expectAuthError(clocked(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWTExpired');
  });

  describe('issuer and audience', () => {
    const strict = withJwt({ ...rsaSecret, issuer: 'https://idp.example', audience: ['app-a', 'app-b'] });

    it('accepts the configured issuer and any configured audience, also inside an aud array', async () => {
      const token = await sign({ ...userClaims(), iss: 'https://idp.example', aud: ['other', 'app-b'] }, signer);
      await expect(strict(bearer(token))).resolves.toMatchObject({ role: 'user' });
    });

    it('refuses another issuer', async () => {
      const token = await sign({ ...userClaims(), iss: 'https://evil.example', aud: 'app-a' }, signer);
      await expectAuthError(strict(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWTNotInIssuer');
    });

    it('refuses another audience', async () => {
      const token = await sign({ ...userClaims(), iss: 'https://idp.example', aud: 'app-c' }, signer);
      await expectAuthError(strict(bearer(token)), 'invalid-jwt', 'Could not verify JWT: JWTNotInAudience');
    });

    it('accepts a single-string audience config', async () => {
      const single = withJwt({ ...rsaSecret, audience: 'app-a' });
      const ok = await sign({ ...userClaims(), aud: 'app-a' }, signer);
      await expect(single(bearer(ok))).resolves.toMatchObject({ role: 'user' });
      const wrong = await sign({ ...userClaims(), aud: 'app-b' }, signer);
      await expectAuthError(single(bearer(wrong)), 'invalid-jwt', 'Could not verify JWT: JWTNotInAudience');
    });
  });

  describe('role claims', () => {
    it('reports a missing x-hasura-allowed-roles', async () => {
      const token = await sign({ [NS]: { 'x-hasura-default-role': 'user' } }, signer);
      await expectAuthError(authenticate(bearer(token)), 'jwt-missing-role-claims', 'JWT claim does not contain x-hasura-allowed-roles');
    });

    it('reports a missing x-hasura-default-role', async () => {
      const token = await sign({ [NS]: { 'x-hasura-allowed-roles': ['user'] } }, signer);
      await expectAuthError(authenticate(bearer(token)), 'jwt-missing-role-claims', 'JWT claim does not contain x-hasura-default-role');
    });

    it('reports allowed roles that are not a list, in Hasura words', async () => {
      const token = await sign({ [NS]: { 'x-hasura-allowed-roles': 'user', 'x-hasura-default-role': 'user' } }, signer);
      await expectAuthError(
        authenticate(bearer(token)),
        'jwt-invalid-claims',
        'invalid x-hasura-allowed-roles; should be a list of roles: parsing [] failed, expected Array, but encountered String',
      );
    });

    it('refuses non-string session variable claims, as Hasura does', async () => {
      const token = await sign(userClaims({ 'x-hasura-team-ids': ['1', '2'] }), signer);
      await expectAuthError(
        authenticate(bearer(token)),
        'jwt-invalid-claims',
        'x-hasura-* claims: parsing Text failed, expected String, but encountered Array',
      );
    });

    it('reports a token without the claims namespace', async () => {
      const token = await sign({ sub: 'u-1' }, signer);
      await expectAuthError(authenticate(bearer(token)), 'jwt-invalid-claims', `claims key: '${NS}' not found`);
    });
  });

  describe('claims location', () => {
    it('reads a custom claims_namespace', async () => {
      const custom = withJwt({ ...rsaSecret, claims_namespace: 'hasura' });
      const token = await sign({ hasura: userClaims()[NS] }, signer);
      await expect(custom(bearer(token))).resolves.toMatchObject({ role: 'user' });
    });

    it('reads claims at claims_namespace_path', async () => {
      const nested = withJwt({ ...rsaSecret, claims_namespace_path: '$.app.hasura' });
      const token = await sign({ app: { hasura: userClaims()[NS] } }, signer);
      await expect(nested(bearer(token))).resolves.toMatchObject({ role: 'user', variables: { 'x-hasura-user-id': 'u-1' } });
      const elsewhere = await sign({ app: {} }, signer);
      await expectAuthError(nested(bearer(elsewhere)), 'jwt-invalid-claims', "claims not found at claims_namespace_path: '$.app.hasura'");
    });

    it('parses stringified_json claims, and refuses an object there', async () => {
      const stringified = withJwt({ ...rsaSecret, claims_format: 'stringified_json' });
      const token = await sign({ [NS]: JSON.stringify(userClaims()[NS]) }, signer);
      await expect(stringified(bearer(token))).resolves.toMatchObject({ role: 'user' });
      const asObject = await sign(userClaims(), signer);
      await expectAuthError(
        stringified(bearer(asObject)),
        'jwt-invalid-claims',
        'expecting a string when claims_format is stringified_json',
      );
    });
  });

  describe('where the token comes from', () => {
    it('refuses an Authorization header that is not "Bearer <token>"', async () => {
      await expectAuthError(authenticate({ authorization: 'Basic dXNlcjpwYXNz' }), 'invalid-headers', 'Malformed Authorization header');
      await expectAuthError(authenticate({ authorization: 'bearer abc.def.ghi' }), 'invalid-headers', 'Malformed Authorization header');
    });

    it('refuses a request without a token when there is no unauthorized role', async () => {
      await expectAuthError(
        authenticate({}),
        'invalid-headers',
        "Missing 'Authorization' or 'Cookie' header in JWT authentication mode",
      );
    });

    it('falls back to the unauthorized role when there is no token, but not when the token is bad', async () => {
      const withAnonymous = withJwt(rsaSecret, { HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous' });
      await expect(withAnonymous({})).resolves.toMatchObject({ role: 'anonymous', adminSecretSent: false });
      const expired = await sign({ ...userClaims(), exp: nowSeconds() - 60 }, signer);
      await expectAuthError(withAnonymous(bearer(expired)), 'invalid-jwt', 'Could not verify JWT: JWTExpired');
    });

    it('reads the token from a named cookie when configured so', async () => {
      const fromCookie = withJwt({ ...rsaSecret, header: { type: 'Cookie', name: 'id_token' } });
      const token = await sign(userClaims(), signer);
      await expect(fromCookie({ cookie: `theme=dark; id_token=${token}; other=1` })).resolves.toMatchObject({ role: 'user' });
      // The Authorization header is not where this config looks.
      await expectAuthError(
        fromCookie({ ...bearer(token), cookie: 'theme=dark' }),
        'invalid-headers',
        "Missing 'Authorization' or 'Cookie' header in JWT authentication mode",
      );
    });
  });
});

describe('JWT with claims_map', () => {
  const secretWithMap = (claimsMap: Record<string, unknown>) => ({ ...rsaSecret, claims_map: claimsMap });

  it('maps claims by JSONPath and falls back to defaults when a path is missing', async () => {
    const authenticate = withJwt(
      secretWithMap({
        'x-hasura-allowed-roles': { path: '$.roles', default: ['viewer'] },
        'x-hasura-default-role': { path: '$.roles[0]', default: 'viewer' },
        'x-hasura-user-id': { path: '$.user.id' },
        'x-hasura-org-id': { path: "$['https://example.com/org']", default: 'none' },
        'x-hasura-tier': 'gold',
      }),
    );
    const token = await sign({ user: { id: 'u-7' }, 'https://example.com/org': 'o-1', roles: ['editor', 'viewer'] }, signer);
    await expect(authenticate(bearer(token))).resolves.toEqual({
      role: 'editor',
      adminSecretSent: false,
      variables: { 'x-hasura-role': 'editor', 'x-hasura-user-id': 'u-7', 'x-hasura-org-id': 'o-1', 'x-hasura-tier': 'gold' },
    });

    const sparse = await sign({ user: { id: 'u-8' } }, signer);
    await expect(authenticate(bearer(sparse))).resolves.toEqual({
      role: 'viewer',
      adminSecretSent: false,
      variables: { 'x-hasura-role': 'viewer', 'x-hasura-user-id': 'u-8', 'x-hasura-org-id': 'none', 'x-hasura-tier': 'gold' },
    });
  });

  it('reports a mapped claim that is missing and has no default', async () => {
    const authenticate = withJwt(
      secretWithMap({
        'x-hasura-allowed-roles': ['user'],
        'x-hasura-default-role': 'user',
        'x-hasura-user-id': { path: '$.uid' },
      }),
    );
    const token = await sign({ sub: 'u-1' }, signer);
    await expectAuthError(authenticate(bearer(token)), 'jwt-invalid-claims', 'JWT claim from claims_map, x-hasura-user-id not found');
  });
});

describe('the production Cognito configuration', () => {
  const region = 'eu-west-1';
  const poolId = `${region}_AbC123xyz`;
  const clientId = '4f1abcdexample0clientid';
  const issuer = `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
  const poolKeys = [rsaKey('cognito-key-1'), rsaKey('cognito-key-2')];
  let jwks: JwksServer;
  let authenticate: ReturnType<typeof withJwt>;

  beforeAll(async () => {
    jwks = await startJwksServer(poolKeys, { 'cache-control': 'max-age=3600' });
    // Exactly the HASURA_GRAPHQL_JWT_SECRET of docs/hasura-jwt.md, with the pool's JWKS served locally.
    authenticate = withJwt({
      jwk_url: jwks.url,
      issuer,
      audience: clientId,
      claims_map: {
        'x-hasura-user-id': { path: '$.sub' },
        'x-hasura-allowed-roles': { path: "$['cognito:groups']" },
        'x-hasura-default-role': { path: "$['cognito:groups'][0]" },
      },
    });
  });
  afterAll(() => jwks.close());

  const idToken = (claims: Record<string, unknown> = {}) =>
    sign(
      {
        sub: '7d9c2f4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
        aud: clientId,
        iss: issuer,
        token_use: 'id',
        auth_time: nowSeconds(),
        email: 'analyst@example.org',
        email_verified: true,
        'cognito:username': 'analyst',
        'cognito:groups': ['nest-access', 'nest-admin'],
        ...claims,
      },
      poolKeys[1],
    );

  it('accepts an ID token: the first group is the default role, the sub is the user id', async () => {
    await expect(authenticate(bearer(await idToken()))).resolves.toEqual({
      role: 'nest-access',
      adminSecretSent: false,
      variables: { 'x-hasura-role': 'nest-access', 'x-hasura-user-id': '7d9c2f4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f' },
    });
  });

  it('lets a member of nest-admin act as nest-admin, and nobody act outside their groups', async () => {
    const token = await idToken();
    await expect(authenticate({ ...bearer(token), 'x-hasura-role': 'nest-admin' })).resolves.toMatchObject({ role: 'nest-admin' });
    const accessOnly = await idToken({ 'cognito:groups': ['nest-access'] });
    await expectAuthError(
      authenticate({ ...bearer(accessOnly), 'x-hasura-role': 'nest-admin' }),
      'access-denied',
      'Your requested role is not in allowed roles',
    );
  });

  it('refuses a user in no group: there is no role to give them', async () => {
    const noGroups = await idToken({ 'cognito:groups': undefined });
    await expectAuthError(authenticate(bearer(noGroups)), 'jwt-missing-role-claims', 'JWT claim does not contain x-hasura-allowed-roles');
  });

  it("refuses another app client's token and another pool's token", async () => {
    await expectAuthError(authenticate(bearer(await idToken({ aud: 'other-client' }))), 'invalid-jwt', 'Could not verify JWT: JWTNotInAudience');
    await expectAuthError(
      authenticate(bearer(await idToken({ iss: `https://cognito-idp.${region}.amazonaws.com/${region}_Other` }))),
      'invalid-jwt',
      'Could not verify JWT: JWTNotInIssuer',
    );
  });

  it('also accepts ID tokens under the deployed hasura/jwt-secret.cognito.json (placeholders filled in)', async () => {
    const template = readFileSync(join(__dirname, '../../../../hasura/jwt-secret.cognito.json'), 'utf8');
    const deployed = JSON.parse(
      template.replaceAll('<region>', region).replaceAll('<user-pool-id>', poolId).replaceAll('<app-client-id>', clientId),
    ) as Record<string, unknown>;
    expect(deployed.jwk_url).toBe(`${issuer}/.well-known/jwks.json`);
    const deployedAuth = withJwt({ ...deployed, jwk_url: jwks.url });
    const token = await idToken();
    await expect(deployedAuth({ ...bearer(token), 'x-hasura-role': 'nest-admin' })).resolves.toMatchObject({
      role: 'nest-admin',
      variables: { 'x-hasura-user-id': '7d9c2f4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f' },
    });
    await expectAuthError(
      deployedAuth(bearer(await idToken({ 'cognito:groups': undefined }))),
      'jwt-missing-role-claims',
      'JWT claim does not contain x-hasura-allowed-roles',
    );
  });

  it('refuses a Cognito access token under the deployed configuration: it has no aud, which x-hasura-client-id needs', async () => {
    const template = readFileSync(join(__dirname, '../../../../hasura/jwt-secret.cognito.json'), 'utf8');
    const deployed = JSON.parse(template.replaceAll('<region>', region).replaceAll('<user-pool-id>', poolId).replaceAll('<app-client-id>', clientId)) as Record<string, unknown>;
    const deployedAuth = withJwt({ ...deployed, jwk_url: jwks.url });
    // What Cognito puts in an access token: client_id instead of aud, token_use "access", the same groups.
    const accessToken = await sign(
      { sub: '7d9c2f4e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', client_id: clientId, iss: issuer, token_use: 'access', scope: 'aws.cognito.signin.user.admin', username: 'analyst', 'cognito:groups': ['nest-access'] },
      poolKeys[1],
    );
    await expectAuthError(deployedAuth(bearer(accessToken)), 'jwt-invalid-claims', 'JWT claim from claims_map, x-hasura-client-id not found');
    // Hasura checks aud only when a token has one, so without that claim the same access token would pass.
    await expect(authenticate(bearer(accessToken))).resolves.toMatchObject({ role: 'nest-access' });
    await expect(deployedAuth(bearer(await idToken()))).resolves.toMatchObject({ variables: { 'x-hasura-client-id': clientId } });
  });

  it('refuses an expired ID token', async () => {
    await expectAuthError(authenticate(bearer(await idToken({ exp: nowSeconds() - 5 }))), 'invalid-jwt', 'Could not verify JWT: JWTExpired');
  });
});
