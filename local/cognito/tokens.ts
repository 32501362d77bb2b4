import fs from 'node:fs';
import path from 'node:path';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from './store';

/**
 * The signing key and the server secret, kept in `<dataDir>/keys.json` so tokens issued before a restart still
 * verify after it (the app caches the JWKS; a new key would log everyone out).
 */
const keyFileSchema = z.object({
  kid: z.string(),
  privateKeyPem: z.string(),
  /** HMAC key for values that must look random but stay stable, e.g. the fake SRP salt of an unknown user. */
  secret: z.string(),
});

export interface SigningKeys {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  secret: Buffer;
}

export function loadOrCreateKeys(dataDir: string): SigningKeys {
  const file = path.join(dataDir, 'keys.json');
  let stored: z.infer<typeof keyFileSchema>;
  if (fs.existsSync(file)) {
    stored = keyFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } else {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const kid = createHash('sha256').update(privateKeyPem).digest('base64url').slice(0, 43);
    stored = { kid, privateKeyPem, secret: randomBytes(32).toString('hex') };
    writeFileAtomic(file, JSON.stringify(stored, null, 2));
  }
  const privateKey = createPrivateKey(stored.privateKeyPem);
  return { kid: stored.kid, privateKey, publicKey: createPublicKey(privateKey), secret: Buffer.from(stored.secret, 'hex') };
}

/** The JWKS document Cognito serves at /<poolId>/.well-known/jwks.json. */
export function jwks(keys: SigningKeys): { keys: Record<string, unknown>[] } {
  const jwk = keys.publicKey.export({ format: 'jwk' });
  return { keys: [{ alg: 'RS256', e: jwk.e, kid: keys.kid, kty: 'RSA', n: jwk.n, use: 'sig' }] };
}

const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(keys: SigningKeys, payload: Record<string, unknown>): string {
  const signingInput = `${b64json({ kid: keys.kid, alg: 'RS256' })}.${b64json(payload)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), keys.privateKey).toString('base64url')}`;
}

const headerSchema = z.object({ alg: z.literal('RS256'), kid: z.string() });

/** The payload of a token this server signed, or undefined for anything else (forged, tampered, another key). */
export function verifiedPayload(keys: SigningKeys, token: string): unknown {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts;
  try {
    const h = headerSchema.safeParse(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')));
    if (!h.success || h.data.kid !== keys.kid) return undefined;
    if (!verify('sha256', Buffer.from(`${header}.${payload}`), keys.publicKey, Buffer.from(signature, 'base64url'))) return undefined;
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
