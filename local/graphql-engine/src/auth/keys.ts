import { createPublicKey, createSecretKey, type JsonWebKey, type KeyObject } from 'node:crypto';

/** A key a token may be verified with, and the JWS algorithms its type allows. */
export interface VerificationKey {
  kid?: string;
  algorithms: ReadonlySet<string>;
  key: KeyObject;
}

// The algorithms Hasura's JOSE library validates at all; any other `alg` (notably "none") has no signature it
// will check, which it reports as JWSNoSignatures.
export const VERIFIABLE_ALGORITHMS: ReadonlySet<string> = new Set([
  'HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA',
]);

const HMAC = ['HS256', 'HS384', 'HS512'];
const RSA = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
const EC_BY_CURVE: Record<string, string> = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' };

// The algorithm must fit the key's type: this is what stops an HS256 token "signed" with an RSA public key.
function algorithmsForKeyType(key: KeyObject): string[] {
  if (key.type === 'secret') return HMAC;
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return RSA;
    case 'rsa-pss':
      return ['PS256', 'PS384', 'PS512'];
    case 'ec': {
      const alg = EC_BY_CURVE[key.asymmetricKeyDetails?.namedCurve ?? ''];
      return alg ? [alg] : [];
    }
    case 'ed25519':
      return ['EdDSA'];
    default:
      return [];
  }
}

export type StaticKeyType = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'ES512' | 'Ed25519';
export const STATIC_KEY_TYPES: readonly StaticKeyType[] = [
  'HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'Ed25519',
];

/** The `{type, key}` form of HASURA_GRAPHQL_JWT_SECRET; throws a message like Hasura's "Invalid JWK: …". */
export function staticVerificationKey(type: StaticKeyType, raw: string): VerificationKey {
  if (type.startsWith('HS')) {
    const minBytes = Number(type.slice(2)) / 8;
    const secret = Buffer.from(raw, 'utf8');
    if (secret.length < minBytes) {
      throw new Error(`Invalid JWK: Key size too small; should be atleast ${minBytes} characters`);
    }
    const key = createSecretKey(secret);
    return { key, algorithms: new Set(HMAC) };
  }
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(raw)) {
    throw new Error('Invalid JWK: Could not decode PEM: a private key was given; set the public key or certificate');
  }
  let key: KeyObject;
  try {
    key = createPublicKey(raw);
  } catch {
    throw new Error('Invalid JWK: Could not decode PEM: expected a PEM public key or X.509 certificate');
  }
  const expectedKeyType = type.startsWith('RS') ? 'rsa' : type.startsWith('ES') ? 'ec' : 'ed25519';
  const algorithms = algorithmsForKeyType(key);
  if (key.asymmetricKeyType !== expectedKeyType || (type.startsWith('ES') && !algorithms.includes(type))) {
    throw new Error(`Invalid JWK: the key is not a ${type} key`);
  }
  return { key, algorithms: new Set(algorithms) };
}

/** One key of a JWKS, or undefined when it cannot verify signatures (an encryption key, an unsupported type). */
export function jwkVerificationKey(jwk: unknown): VerificationKey | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined;
  const entry = jwk as JsonWebKey & { kid?: unknown; use?: unknown; alg?: unknown; key_ops?: unknown };
  if (entry.use !== undefined && entry.use !== 'sig') return undefined;
  if (Array.isArray(entry.key_ops) && !entry.key_ops.includes('verify')) return undefined;
  let key: KeyObject;
  try {
    key =
      entry.kty === 'oct' && typeof entry.k === 'string'
        ? createSecretKey(Buffer.from(entry.k, 'base64url'))
        : createPublicKey({ key: entry, format: 'jwk' });
  } catch {
    return undefined;
  }
  let algorithms = algorithmsForKeyType(key);
  // A JWK that names its algorithm may be used with that one only.
  if (typeof entry.alg === 'string') algorithms = algorithms.filter((a) => a === entry.alg);
  if (algorithms.length === 0) return undefined;
  return { key, algorithms: new Set(algorithms), kid: typeof entry.kid === 'string' ? entry.kid : undefined };
}
