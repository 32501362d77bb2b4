import { compactVerify } from 'jose';
import { HasuraError } from '../errors';
import { encodeJsonPath, executeJsonPath, isPlainObject } from './json-path';
import { DEFAULT_JWKS_OPTIONS, JwksCache, type JwksOptions } from './jwks';
import type { ClaimsMapValue, JwtConfig, TokenLocation } from './jwt-config';
import { VERIFIABLE_ALGORITHMS } from './keys';

export type Headers = Record<string, string | undefined>;

/** What a verified token grants: its role claims and its other session variables (string-valued). */
export interface TokenGrant {
  allowedRoles: string[];
  defaultRole: string;
  variables: Record<string, string>;
}

const ALLOWED_ROLES = 'x-hasura-allowed-roles';
const DEFAULT_ROLE = 'x-hasura-default-role';
const REGISTERED_CLAIMS = new Set(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']);

// Every auth failure on /v1/graphql is answered with HTTP 200 and the error in `errors` (Hasura's tests-py
// test_jwt.py expects status 200 for /v1/graphql, 400 only for the legacy /v1alpha1/graphql).
const invalidJwt = (detail: string) => new HasuraError('invalid-jwt', `Could not verify JWT: ${detail}`);
const invalidClaims = (message: string) => new HasuraError('jwt-invalid-claims', message);
const missingRoleClaim = (claim: string) =>
  new HasuraError('jwt-missing-role-claims', `JWT claim does not contain ${claim}`);

export class JwtVerifier {
  private readonly keys: Pick<JwksCache, 'keysFor'>;
  private readonly now: () => number;

  constructor(
    private readonly config: JwtConfig,
    options: Partial<JwksOptions> = {},
  ) {
    const jwksOptions = { ...DEFAULT_JWKS_OPTIONS, ...options };
    this.now = jwksOptions.now;
    const { keys } = config;
    this.keys = keys.kind === 'jwks' ? new JwksCache(keys.url, jwksOptions) : { keysFor: async () => [keys.key] };
  }

  /** The raw token this request carries where the config says to look, or undefined when it carries none. */
  tokenFrom(headers: Headers): string | undefined {
    return tokenAt(this.config.location, headers);
  }

  /** Verifies the token and extracts its grant, with Hasura's error codes and messages. */
  async grantOf(token: string): Promise<TokenGrant> {
    const claims = await this.verify(token);
    return grantFromClaims(claims, this.config.claims);
  }

  private async verify(token: string): Promise<Record<string, unknown>> {
    const parts = token.split('.');
    if (parts.length !== 3) {
      throw invalidJwt(`JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got ${parts.length})`);
    }
    const header = decodeSegment(parts[0]);
    if (!isPlainObject(header)) throw invalidJwt('JWSError (CompactDecodeError the header is not a JSON object)');

    // Hasura compares the issuer before checking the signature, so a token from another issuer is reported as
    // such even when it is also expired or signed with a key we do not know.
    const unverified = decodeSegment(parts[1]);
    if (this.config.issuer !== undefined && isPlainObject(unverified) && typeof unverified.iss === 'string') {
      if (unverified.iss !== this.config.issuer) throw invalidJwt('JWTNotInIssuer');
    }

    const alg = header.alg;
    if (typeof alg !== 'string' || !VERIFIABLE_ALGORITHMS.has(alg)) throw invalidJwt('JWSError JWSNoSignatures');
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    const candidates = await this.keys.keysFor(kid);
    if (candidates.length === 0) throw invalidJwt('JWSError NoUsableKeys');

    let payload: Uint8Array | undefined;
    for (const candidate of candidates) {
      if (!candidate.algorithms.has(alg)) continue;
      try {
        payload = (await compactVerify(token, candidate.key, { algorithms: [alg] })).payload;
        break;
      } catch {
        // Wrong key or forged signature: try the next key; none left means an invalid signature.
      }
    }
    if (payload === undefined) throw invalidJwt('JWSError JWSInvalidSignature');

    let claims: unknown;
    try {
      claims = JSON.parse(new TextDecoder().decode(payload));
    } catch {
      throw invalidJwt('JWTClaimsSetDecodeError "the payload is not JSON"');
    }
    if (!isPlainObject(claims)) throw invalidJwt('JWTClaimsSetDecodeError "the payload is not a JSON object"');
    this.checkRegisteredClaims(claims);
    return claims;
  }

  // Hasura's order and leniency (hs-jose): exp, iat, nbf, iss, aud; iss and aud are only checked when the token
  // carries them; allowed_skew widens every time window.
  private checkRegisteredClaims(claims: Record<string, unknown>): void {
    const now = this.now() / 1000;
    const skew = this.config.allowedSkewSeconds;
    const exp = numericDate(claims, 'exp');
    if (exp !== undefined && now >= exp + skew) throw invalidJwt('JWTExpired');
    const iat = numericDate(claims, 'iat');
    if (iat !== undefined && iat > now + skew) throw invalidJwt('JWTIssuedAtFuture');
    const nbf = numericDate(claims, 'nbf');
    if (nbf !== undefined && now < nbf - skew) throw invalidJwt('JWTNotYetValid');

    if (claims.iss !== undefined) {
      if (typeof claims.iss !== 'string') throw invalidJwt('JWTClaimsSetDecodeError "iss must be a string"');
      if (this.config.issuer !== undefined && claims.iss !== this.config.issuer) throw invalidJwt('JWTNotInIssuer');
    }
    if (claims.aud !== undefined) {
      const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
      if (!Array.isArray(audiences) || !audiences.every((a) => typeof a === 'string')) {
        throw invalidJwt('JWTClaimsSetDecodeError "aud must be a string or an array of strings"');
      }
      const accepted = this.config.audience;
      if (!audiences.some((a) => accepted === undefined || accepted.includes(a))) throw invalidJwt('JWTNotInAudience');
    }
  }
}

function numericDate(claims: Record<string, unknown>, name: string): number | undefined {
  const value = claims[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidJwt(`JWTClaimsSetDecodeError "${name} must be a NumericDate"`);
  }
  return value;
}

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function tokenAt(location: TokenLocation, headers: Headers): string | undefined {
  switch (location.kind) {
    case 'authorization': {
      const value = headers.authorization;
      if (value === undefined) return undefined;
      const words = value.split(/\s+/).filter(Boolean);
      if (words.length !== 2 || words[0] !== 'Bearer') {
        throw new HasuraError('invalid-headers', 'Malformed Authorization header');
      }
      return words[1];
    }
    case 'cookie':
      return cookieValue(headers.cookie, location.name);
    case 'custom-header':
      return headers[location.name];
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq !== -1 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

function grantFromClaims(claims: Record<string, unknown>, source: JwtConfig['claims']): TokenGrant {
  const hasuraClaims = source.kind === 'namespace' ? namespaceClaims(claims, source) : mappedClaims(claims, source);

  const allowedRoles = hasuraClaims.get(ALLOWED_ROLES);
  if (allowedRoles === undefined) throw missingRoleClaim(ALLOWED_ROLES);
  const defaultRole = hasuraClaims.get(DEFAULT_ROLE);
  if (defaultRole === undefined) throw missingRoleClaim(DEFAULT_ROLE);
  const grant: TokenGrant = {
    allowedRoles: roleList(allowedRoles, `invalid ${ALLOWED_ROLES}; should be a list of roles`),
    defaultRole: singleRole(defaultRole, `invalid ${DEFAULT_ROLE}; should be a single role name`),
    variables: {},
  };

  // Hasura reads the remaining claims as text only; any other JSON type is refused rather than coerced, so a
  // token that real Hasura would reject is rejected here too.
  for (const [name, value] of hasuraClaims) {
    if (name === ALLOWED_ROLES || name === DEFAULT_ROLE) continue;
    if (typeof value !== 'string') {
      throw invalidClaims(`x-hasura-* claims: parsing Text failed, expected String, but encountered ${jsonTypeName(value)}`);
    }
    grant.variables[name] = value;
  }
  return grant;
}

function namespaceClaims(
  claims: Record<string, unknown>,
  source: Extract<JwtConfig['claims'], { kind: 'namespace' }>,
): Map<string, unknown> {
  // The namespace is looked up among the non-registered claims only, as Hasura does.
  const unregistered = Object.fromEntries(Object.entries(claims).filter(([name]) => !REGISTERED_CLAIMS.has(name)));
  const ns = source.namespace;
  const found = 'key' in ns ? (Object.hasOwn(unregistered, ns.key) ? unregistered[ns.key] : undefined) : executeJsonPath(ns.path, unregistered);
  if (found === undefined) {
    throw invalidClaims(
      'key' in ns ? `claims key: '${ns.key}' not found` : `claims not found at claims_namespace_path: '${encodeJsonPath(ns.path)}'`,
    );
  }

  let object: unknown = found;
  if (source.format === 'stringified_json') {
    if (typeof found !== 'string') throw invalidClaims('expecting a string when claims_format is stringified_json');
    const location = 'key' in ns ? `claims_namespace ${ns.key}` : `claims_namespace_path ${encodeJsonPath(ns.path)}`;
    try {
      object = JSON.parse(found);
    } catch {
      throw invalidClaims(`expecting stringified json at: '${location}', but found: ${found}`);
    }
    if (!isPlainObject(object)) throw invalidClaims(`expecting stringified json at: '${location}', but found: ${found}`);
  } else if (!isPlainObject(found)) {
    throw invalidClaims('expecting a json object when claims_format is json');
  }

  const result = new Map<string, unknown>();
  for (const [name, value] of Object.entries(object as Record<string, unknown>)) {
    if (name.toLowerCase().startsWith('x-hasura-')) result.set(name.toLowerCase(), value);
  }
  return result;
}

function mappedClaims(
  claims: Record<string, unknown>,
  source: Extract<JwtConfig['claims'], { kind: 'map' }>,
): Map<string, unknown> {
  const resolve = <T>(value: ClaimsMapValue<T>): unknown =>
    'literal' in value ? value.literal : executeJsonPath(value.path, claims) ?? value.default;

  const result = new Map<string, unknown>();
  const allowedRoles = resolve(source.allowedRoles);
  if (allowedRoles === undefined) throw missingRoleClaim(ALLOWED_ROLES);
  result.set(ALLOWED_ROLES, roleList(allowedRoles, `invalid ${ALLOWED_ROLES}; should be a list of roles`));
  const defaultRole = resolve(source.defaultRole);
  if (defaultRole === undefined) throw missingRoleClaim(DEFAULT_ROLE);
  result.set(DEFAULT_ROLE, singleRole(defaultRole, `invalid ${DEFAULT_ROLE}; should be a role`));
  for (const [name, value] of Object.entries(source.variables)) {
    const resolved = resolve(value);
    if (resolved === undefined) throw invalidClaims(`JWT claim from claims_map, ${name} not found`);
    result.set(name, resolved);
  }
  return result;
}

function roleList(value: unknown, problem: string): string[] {
  if (!Array.isArray(value)) throw invalidClaims(`${problem}: parsing [] failed, expected Array, but encountered ${jsonTypeName(value)}`);
  return value.map((role) => singleRole(role, problem));
}

function singleRole(value: unknown, problem: string): string {
  if (typeof value !== 'string') {
    throw invalidClaims(`${problem}: parsing RoleName failed, expected String, but encountered ${jsonTypeName(value)}`);
  }
  if (value === '') throw invalidClaims(`${problem}: empty string not allowed`);
  return value;
}

// Aeson's names for JSON types, which Hasura's messages carry.
function jsonTypeName(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}
