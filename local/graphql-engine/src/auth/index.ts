import { createHash, timingSafeEqual } from 'node:crypto';
import { HasuraError } from '../errors';
import type { Session } from '../session';
import type { JwksOptions } from './jwks';
import { parseJwtSecret, type JwtConfig } from './jwt-config';
import { JwtVerifier, type Headers } from './jwt';

export type { JwtConfig } from './jwt-config';

/** How requests are authenticated, from Hasura's own environment variables. Holds secrets: never log it. */
export interface AuthConfig {
  /** HASURA_GRAPHQL_ADMIN_SECRET (or the deprecated HASURA_GRAPHQL_ACCESS_KEY). Unset: every request is admin. */
  adminSecret?: string;
  /** HASURA_GRAPHQL_JWT_SECRET, parsed. */
  jwt?: JwtConfig;
  /** HASURA_GRAPHQL_UNAUTHORIZED_ROLE: the role of a request that carries no credentials. */
  unauthorizedRole?: string;
}

/** Test seams: the clock (token times and JWKS cache lifetime) and the JWKS refetch limits. */
export type AuthenticatorOptions = Partial<JwksOptions>;

export type Authenticator = (headers: Headers) => Promise<Session>;

const ADMIN_SECRET_HEADER = 'x-hasura-admin-secret';
const ACCESS_KEY_HEADER = 'x-hasura-access-key';
const ROLE_HEADER = 'x-hasura-role';
const ADMIN_ROLE = 'admin';
const SESSION_VARIABLE_PREFIX = 'x-hasura-';

/** Reads the auth settings; throws an Error naming the variable at fault and what is wrong with it. */
export function loadAuthConfig(env: Record<string, string | undefined>): AuthConfig {
  const adminSecret = nonEmpty(env.HASURA_GRAPHQL_ADMIN_SECRET) ?? nonEmpty(env.HASURA_GRAPHQL_ACCESS_KEY);
  const unauthorizedRole = nonEmpty(env.HASURA_GRAPHQL_UNAUTHORIZED_ROLE);
  const jwtSecret = nonEmpty(env.HASURA_GRAPHQL_JWT_SECRET);

  if (nonEmpty(env.HASURA_GRAPHQL_AUTH_HOOK)) {
    throw new Error('HASURA_GRAPHQL_AUTH_HOOK: webhook authentication is not supported by this engine; use HASURA_GRAPHQL_JWT_SECRET');
  }
  // Hasura refuses to start in these combinations rather than run with auth that silently does nothing.
  if (jwtSecret && !adminSecret) {
    throw new Error('HASURA_GRAPHQL_JWT_SECRET requires HASURA_GRAPHQL_ADMIN_SECRET to be set');
  }
  if (unauthorizedRole && !adminSecret) {
    throw new Error('HASURA_GRAPHQL_UNAUTHORIZED_ROLE requires HASURA_GRAPHQL_ADMIN_SECRET to be set');
  }

  let jwt: JwtConfig | undefined;
  if (jwtSecret) {
    try {
      jwt = parseJwtSecret(jwtSecret);
    } catch (error) {
      throw new Error(`HASURA_GRAPHQL_JWT_SECRET: ${(error as Error).message}`);
    }
  }
  return { adminSecret, jwt, unauthorizedRole };
}

/**
 * The request authenticator, following Hasura's Hasura.Server.Auth: an admin secret, when sent, must match and
 * makes the request admin (acting as x-hasura-role if given); otherwise a JWT, when configured and present,
 * decides the role; otherwise the unauthorized role, if configured; otherwise access is refused.
 */
export function createAuthenticator(config: AuthConfig, options: AuthenticatorOptions = {}): Authenticator {
  const adminSecretDigest = config.adminSecret === undefined ? undefined : digest(config.adminSecret);
  const jwt = config.jwt ? new JwtVerifier(config.jwt, options) : undefined;

  return async (headers) => {
    const headerVariables = sessionVariablesFrom(headers);

    // No admin secret configured: Hasura runs without auth and every request is admin.
    if (adminSecretDigest === undefined) return sessionFor(headerVariables[ROLE_HEADER] || ADMIN_ROLE, true, headerVariables);

    const sentSecret = headers[ADMIN_SECRET_HEADER] ?? headers[ACCESS_KEY_HEADER];
    if (sentSecret !== undefined) {
      if (!timingSafeEqual(digest(sentSecret), adminSecretDigest)) {
        throw new HasuraError('access-denied', `invalid ${ADMIN_SECRET_HEADER}/${ACCESS_KEY_HEADER}`);
      }
      return sessionFor(headerVariables[ROLE_HEADER] || ADMIN_ROLE, true, headerVariables);
    }

    const token = jwt?.tokenFrom(headers);
    if (jwt && token !== undefined) {
      const grant = await jwt.grantOf(token);
      const role = headers[ROLE_HEADER] || grant.defaultRole;
      if (!grant.allowedRoles.includes(role)) {
        throw new HasuraError('access-denied', 'Your requested role is not in allowed roles');
      }
      // Session variables come from the verified token only; request headers cannot add or override them.
      return sessionFor(role, false, grant.variables);
    }

    if (config.unauthorizedRole) return sessionFor(config.unauthorizedRole, false, headerVariables);
    if (jwt) {
      throw new HasuraError('invalid-headers', "Missing 'Authorization' or 'Cookie' header in JWT authentication mode");
    }
    throw new HasuraError('access-denied', `${ADMIN_SECRET_HEADER}/${ACCESS_KEY_HEADER} required, but not found`);
  };
}

function sessionVariablesFrom(headers: Headers): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value !== undefined && key.startsWith(SESSION_VARIABLE_PREFIX)) variables[key] = value;
  }
  return variables;
}

// As Hasura's mkUserInfo: the resolved role is recorded as x-hasura-role and the secret never travels on.
function sessionFor(role: string, adminSecretSent: boolean, variables: Record<string, string>): Session {
  const { [ADMIN_SECRET_HEADER]: _secret, [ACCESS_KEY_HEADER]: _key, ...rest } = variables;
  return { role, adminSecretSent, variables: { ...rest, [ROLE_HEADER]: role } };
}

// Hashing both sides gives equal-length buffers, so the comparison time reveals neither content nor length.
function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
