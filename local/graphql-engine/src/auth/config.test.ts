import { rsaKey } from './test-support';
import { loadAuthConfig } from './index';

const admin = { HASURA_GRAPHQL_ADMIN_SECRET: 'secret' };
const jwtEnv = (secret: unknown) => ({ ...admin, HASURA_GRAPHQL_JWT_SECRET: typeof secret === 'string' ? secret : JSON.stringify(secret) });
const pem = rsaKey('k').publicPem;
const cognitoMap = {
  'x-hasura-user-id': { path: '$.sub' },
  'x-hasura-allowed-roles': { path: "$['cognito:groups']" },
  'x-hasura-default-role': { path: "$['cognito:groups'][0]" },
};

describe('loadAuthConfig', () => {
  it('reads the admin secret, the unauthorized role and treats empty variables as unset', () => {
    expect(loadAuthConfig({ ...admin, HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous', HASURA_GRAPHQL_JWT_SECRET: '' })).toEqual({
      adminSecret: 'secret',
      unauthorizedRole: 'anonymous',
      jwt: undefined,
    });
  });

  it('parses the Cognito secret', () => {
    const config = loadAuthConfig(
      jwtEnv({ jwk_url: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_X/.well-known/jwks.json', issuer: 'i', audience: 'c', claims_map: cognitoMap }),
    );
    expect(config.jwt).toMatchObject({
      keys: { kind: 'jwks' },
      issuer: 'i',
      audience: ['c'],
      allowedSkewSeconds: 0,
      location: { kind: 'authorization' },
      claims: { kind: 'map', variables: { 'x-hasura-user-id': { path: [{ key: 'sub' }] } } },
    });
  });

  it.each<[string, Record<string, string>, string]>([
    ['JWT without an admin secret', { HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'RS256', key: pem }) }, 'HASURA_GRAPHQL_JWT_SECRET requires HASURA_GRAPHQL_ADMIN_SECRET to be set'],
    ['an unauthorized role without an admin secret', { HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous' }, 'HASURA_GRAPHQL_UNAUTHORIZED_ROLE requires HASURA_GRAPHQL_ADMIN_SECRET to be set'],
    ['a secret that is not JSON', jwtEnv('{type: RS256'), 'HASURA_GRAPHQL_JWT_SECRET: is not valid JSON'],
    ['neither key nor jwk_url', jwtEnv({ type: 'RS256' }), 'HASURA_GRAPHQL_JWT_SECRET: key and jwk_url both cannot be empty'],
    ['both key and jwk_url', jwtEnv({ type: 'RS256', key: pem, jwk_url: 'https://x/jwks' }), 'HASURA_GRAPHQL_JWT_SECRET: key, jwk_url both cannot be present'],
    ['an unsupported key type', jwtEnv({ type: 'PS256', key: pem }), 'HASURA_GRAPHQL_JWT_SECRET: Invalid JWK: Key type: PS256 is not supported'],
    ['a key that is not PEM', jwtEnv({ type: 'RS256', key: 'abc' }), 'HASURA_GRAPHQL_JWT_SECRET: Invalid JWK: Could not decode PEM'],
    ['an RSA key declared as ES256', jwtEnv({ type: 'ES256', key: pem }), 'HASURA_GRAPHQL_JWT_SECRET: Invalid JWK: the key is not a ES256 key'],
    ['a short HS256 secret', jwtEnv({ type: 'HS256', key: 'short' }), 'HASURA_GRAPHQL_JWT_SECRET: Invalid JWK: Key size too small; should be atleast 32 characters'],
    ['a non-http jwk_url', jwtEnv({ jwk_url: 'file:///etc/jwks.json' }), 'HASURA_GRAPHQL_JWT_SECRET: jwk_url: jwk_url must be an http(s) URL'],
    ['a claims_map without a default role', jwtEnv({ type: 'RS256', key: pem, claims_map: { 'x-hasura-allowed-roles': ['user'] } }), 'claims_map: x-hasura-default-role is expected but not found'],
    ['a claims_map with a bad JSONPath', jwtEnv({ type: 'RS256', key: pem, claims_map: { ...cognitoMap, 'x-hasura-user-id': { path: '$..sub' } } }), 'claims_map.x-hasura-user-id'],
    ['both claims_namespace and claims_namespace_path', jwtEnv({ type: 'RS256', key: pem, claims_namespace: 'a', claims_namespace_path: '$.b' }), 'claims_namespace and claims_namespace_path both cannot be set'],
    ['a cookie header without a name', jwtEnv({ type: 'RS256', key: pem, header: { type: 'Cookie' } }), "header type 'Cookie' needs a 'name'"],
    ['an auth webhook', { ...admin, HASURA_GRAPHQL_AUTH_HOOK: 'https://hook' }, 'HASURA_GRAPHQL_AUTH_HOOK: webhook authentication is not supported'],
  ])('refuses %s, naming the variable', (_case, env, message) => {
    expect(() => loadAuthConfig(env)).toThrow(message);
  });

  it('never repeats the key in its error messages', () => {
    const secretKey = 'tiny-secret';
    expect(() => loadAuthConfig(jwtEnv({ type: 'HS512', key: secretKey }))).toThrow(/^(?!.*tiny-secret).*$/s);
  });
});
