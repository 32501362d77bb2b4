import { createHash, timingSafeEqual } from 'node:crypto';
import { HasuraError } from '../errors';
import type { Session } from '../session';

export interface AuthConfig {
  adminSecret?: string;
  unauthorizedRole?: string;
}

export type Authenticator = (headers: Record<string, string | undefined>) => Promise<Session>;

const ADMIN_SECRET_HEADER = 'x-hasura-admin-secret';
const ACCESS_KEY_HEADER = 'x-hasura-access-key';
const ROLE_HEADER = 'x-hasura-role';
const ADMIN_ROLE = 'admin';

export function loadAuthConfig(env: Record<string, string | undefined>): AuthConfig {
  const adminSecret = nonEmpty(env.HASURA_GRAPHQL_ADMIN_SECRET);
  const unauthorizedRole = nonEmpty(env.HASURA_GRAPHQL_UNAUTHORIZED_ROLE);
  if (unauthorizedRole && !adminSecret) {
    throw new Error('HASURA_GRAPHQL_UNAUTHORIZED_ROLE requires HASURA_GRAPHQL_ADMIN_SECRET to be set');
  }
  return { adminSecret, unauthorizedRole };
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  const adminSecretDigest = config.adminSecret === undefined ? undefined : digest(config.adminSecret);
  return async (headers) => {
    const variables = sessionVariablesFromHeaders(headers);
    if (adminSecretDigest === undefined) return sessionFor(variables[ROLE_HEADER] ?? ADMIN_ROLE, true, variables);
    const sentSecret = headers[ADMIN_SECRET_HEADER] ?? headers[ACCESS_KEY_HEADER];
    if (sentSecret !== undefined) {
      if (!timingSafeEqual(digest(sentSecret), adminSecretDigest)) {
        throw new HasuraError('access-denied', `invalid ${ADMIN_SECRET_HEADER}/${ACCESS_KEY_HEADER}`);
      }
      return sessionFor(variables[ROLE_HEADER] ?? ADMIN_ROLE, true, variables);
    }
    if (config.unauthorizedRole) return sessionFor(config.unauthorizedRole, false, variables);
    throw new HasuraError('access-denied', `${ADMIN_SECRET_HEADER}/${ACCESS_KEY_HEADER} required, but not found`);
  };
}

function sessionVariablesFromHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value !== undefined && key.startsWith('x-hasura-')) variables[key] = value;
  }
  return variables;
}

function sessionFor(role: string, isAdmin: boolean, variables: Record<string, string>): Session {
  const { [ADMIN_SECRET_HEADER]: _secret, [ACCESS_KEY_HEADER]: _key, ...rest } = variables;
  return { role, isAdmin, variables: { ...rest, [ROLE_HEADER]: role } };
}

// Hashing both sides gives equal-length buffers, so the comparison time does not reveal the secret's length.
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
