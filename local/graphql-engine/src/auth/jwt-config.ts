import { z } from 'zod';
import { parseJsonPath, type JsonPath } from './json-path';
import { STATIC_KEY_TYPES, staticVerificationKey, type StaticKeyType, type VerificationKey } from './keys';

/** A claims_map entry: a JSONPath into the token (with an optional fallback) or a literal value. */
export type ClaimsMapValue<T> = { path: JsonPath; default?: T } | { literal: T };

export type ClaimsSource =
  | { kind: 'namespace'; namespace: { key: string } | { path: JsonPath; text: string }; format: 'json' | 'stringified_json' }
  | {
      kind: 'map';
      allowedRoles: ClaimsMapValue<string[]>;
      defaultRole: ClaimsMapValue<string>;
      /** Other session variables, keys lower-cased. */
      variables: Record<string, ClaimsMapValue<string>>;
    };

export type TokenLocation =
  | { kind: 'authorization' }
  | { kind: 'cookie'; name: string }
  | { kind: 'custom-header'; name: string };

/** HASURA_GRAPHQL_JWT_SECRET, parsed and with its static key imported. */
export interface JwtConfig {
  keys: { kind: 'static'; key: VerificationKey } | { kind: 'jwks'; url: string };
  issuer?: string;
  audience?: string[];
  claims: ClaimsSource;
  allowedSkewSeconds: number;
  location: TokenLocation;
}

export const DEFAULT_CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';
const ALLOWED_ROLES = 'x-hasura-allowed-roles';
const DEFAULT_ROLE = 'x-hasura-default-role';

const roleName = z.string().min(1, { message: 'a role name cannot be empty' });
const jsonPathText = z.string().transform((text, ctx) => {
  try {
    return parseJsonPath(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `invalid JSON path: ${(error as Error).message}` });
    return z.NEVER;
  }
});

function claimsMapValue<T extends z.ZodType>(literal: T): z.ZodType<ClaimsMapValue<z.output<T>>> {
  return z.union([
    z.object({ path: jsonPathText, default: literal.optional() }).strict(),
    literal.transform((value) => ({ literal: value })),
  ]);
}

const headerSchema = z
  .object({ type: z.string(), name: z.string().min(1).optional() })
  .transform((header, ctx): TokenLocation => {
    const type = header.type.toLowerCase();
    if (type === 'authorization') return { kind: 'authorization' };
    if ((type === 'cookie' || type === 'customheader') && header.name) {
      return type === 'cookie' ? { kind: 'cookie', name: header.name } : { kind: 'custom-header', name: header.name.toLowerCase() };
    }
    ctx.addIssue({
      code: 'custom',
      message: header.name || type === 'authorization'
        ? "expected 'type' is 'Authorization' or 'Cookie' or 'CustomHeader'"
        : `header type '${header.type}' needs a 'name'`,
    });
    return z.NEVER;
  });

const jwtSecretSchema = z
  .object({
    type: z.string().optional(),
    key: z.string().optional(),
    jwk_url: z.url({ protocol: /^https?$/, message: 'jwk_url must be an http(s) URL' }).optional(),
    issuer: z.string().optional(),
    audience: z.union([z.string().transform((a) => [a]), z.array(z.string())]).optional(),
    claims_namespace: z.string().optional(),
    claims_namespace_path: z.string().optional(),
    claims_format: z.enum(['json', 'stringified_json']).default('json'),
    claims_map: z.record(z.string(), z.unknown()).optional(),
    allowed_skew: z.number().nonnegative().optional(),
    header: headerSchema.optional(),
  })
  .superRefine((secret, ctx) => {
    if (secret.key === undefined && secret.jwk_url === undefined) {
      ctx.addIssue({ code: 'custom', message: 'key and jwk_url both cannot be empty' });
    }
    if (secret.key !== undefined && secret.jwk_url !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'key, jwk_url both cannot be present' });
    }
    if (secret.claims_namespace !== undefined && secret.claims_namespace_path !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'claims_namespace and claims_namespace_path both cannot be set' });
    }
  });

function parseClaimsMap(raw: Record<string, unknown>): ClaimsSource {
  const entries = new Map(Object.entries(raw).map(([name, value]) => [name.toLowerCase(), value]));
  for (const required of [ALLOWED_ROLES, DEFAULT_ROLE]) {
    if (!entries.has(required)) throw new Error(`claims_map: ${required} is expected but not found`);
  }
  const entry = <T extends z.ZodType>(literal: T, name: string) => {
    try {
      return check(claimsMapValue(literal), entries.get(name));
    } catch (error) {
      throw new Error(`claims_map.${name}: ${(error as Error).message}`);
    }
  };
  const variables: Record<string, ClaimsMapValue<string>> = {};
  for (const name of entries.keys()) {
    if (name !== ALLOWED_ROLES && name !== DEFAULT_ROLE) variables[name] = entry(z.string(), name);
  }
  return {
    kind: 'map',
    allowedRoles: entry(z.array(roleName), ALLOWED_ROLES),
    defaultRole: entry(roleName, DEFAULT_ROLE),
    variables,
  };
}

/** Parses HASURA_GRAPHQL_JWT_SECRET; throws an Error whose message says what is wrong (never the key). */
export function parseJwtSecret(text: string): JwtConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('is not valid JSON');
  }
  const secret = check(jwtSecretSchema, json);

  let keys: JwtConfig['keys'];
  if (secret.jwk_url !== undefined) {
    keys = { kind: 'jwks', url: secret.jwk_url };
  } else {
    const type = secret.type;
    if (type === undefined) throw new Error("'type' is required with 'key'");
    if (!(STATIC_KEY_TYPES as readonly string[]).includes(type)) {
      throw new Error(`Invalid JWK: Key type: ${type} is not supported`);
    }
    keys = { kind: 'static', key: staticVerificationKey(type as StaticKeyType, secret.key as string) };
  }

  let claims: ClaimsSource;
  if (secret.claims_map !== undefined) {
    claims = parseClaimsMap(secret.claims_map);
  } else if (secret.claims_namespace_path !== undefined) {
    const path = check(jsonPathText, secret.claims_namespace_path);
    claims = { kind: 'namespace', namespace: { path, text: secret.claims_namespace_path }, format: secret.claims_format };
  } else {
    claims = { kind: 'namespace', namespace: { key: secret.claims_namespace ?? DEFAULT_CLAIMS_NAMESPACE }, format: secret.claims_format };
  }

  return {
    keys,
    issuer: secret.issuer,
    audience: secret.audience,
    claims,
    allowedSkewSeconds: secret.allowed_skew ?? 0,
    location: secret.header ?? { kind: 'authorization' },
  };
}

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '),
  );
}
