import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The server half of Cognito's SRP-6a variant (USER_SRP_AUTH / PASSWORD_VERIFIER), byte for byte what Amplify and
 * amazon-cognito-identity-js compute on the client: RFC 5054 3072-bit group, g = 2, k = H(N | g), x = H(salt |
 * H(poolName | username | ":" | password)), and a 16-byte HKDF key ("Caldera Derived Key") that signs
 * poolName | username | secretBlock | timestamp. Hex encodings are "padded" as Cognito's clients pad them (even length,
 * a leading 00 when the top bit is set): the hashes are over those bytes, so any other encoding fails verification.
 */
export const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B' +
    '302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE6' +
    '49286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
    '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718' +
    '3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7D' +
    'B3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const g = 2n;

export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

function sha256(data: Buffer | string): Buffer {
  return createHash('sha256').update(data).digest();
}

function hashHex(hex: string): bigint {
  return BigInt(`0x${sha256(Buffer.from(hex, 'hex')).toString('hex')}`);
}

function hashHex64(hex: string): string {
  return sha256(Buffer.from(hex, 'hex')).toString('hex');
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    e >>= 1n;
    b = (b * b) % modulus;
  }
  return result;
}

const k = hashHex(padHex(N) + padHex(g));

function randomBigInt(bytes: number): bigint {
  return BigInt(`0x${randomBytes(bytes).toString('hex')}`);
}

/** What the pool stores instead of a password for SRP: a random salt and v = g^x. Hex as sent to clients. */
export interface SrpVerifier {
  salt: string;
  verifier: string;
}

function privateKeyX(poolName: string, username: string, password: string, salt: bigint): bigint {
  const identityHash = sha256(`${poolName}${username}:${password}`).toString('hex').padStart(64, '0');
  return hashHex(padHex(salt) + identityHash);
}

export function createVerifier(poolName: string, username: string, password: string, salt: bigint = randomBigInt(16)): SrpVerifier {
  const v = modPow(g, privateKeyX(poolName, username, password, salt), N);
  return { salt: salt.toString(16), verifier: v.toString(16) };
}

/** The server's ephemeral values for one sign-in attempt. `b` never leaves the server. */
export interface ServerChallenge {
  b: string;
  B: string;
}

export function createServerChallenge(verifierHex: string): ServerChallenge {
  const v = BigInt(`0x${verifierHex}`);
  for (;;) {
    const b = randomBigInt(128);
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n) return { b: b.toString(16), B: B.toString(16) };
  }
}

export function parseClientPublicKey(srpA: string): bigint | undefined {
  if (!/^[0-9a-f]{1,1600}$/i.test(srpA)) return undefined;
  const A = BigInt(`0x${srpA}`);
  // A ≡ 0 (mod N) would make the shared secret predictable; Cognito refuses it too.
  return A % N === 0n ? undefined : A;
}

/** Cognito's TIMESTAMP format ("Tue Mar 4 09:05:07 UTC 2025"), as clients produce it: day of month unpadded. */
export const SRP_TIMESTAMP = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d UTC \d{4}$/;

export interface PasswordClaim {
  poolName: string;
  username: string;
  A: bigint;
  challenge: ServerChallenge;
  verifierHex: string;
  secretBlock: string;
  timestamp: string;
  signature: string;
}

function hkdf(ikm: Buffer, salt: Buffer): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  const info = Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]);
  return createHmac('sha256', prk).update(info).digest().subarray(0, 16);
}

/** Recomputes the client's PASSWORD_CLAIM_SIGNATURE from what only the right password could have produced. */
export function verifyPasswordClaim(claim: PasswordClaim): boolean {
  if (!SRP_TIMESTAMP.test(claim.timestamp)) return false;
  const B = BigInt(`0x${claim.challenge.B}`);
  const b = BigInt(`0x${claim.challenge.b}`);
  const v = BigInt(`0x${claim.verifierHex}`);
  const u = BigInt(`0x${hashHex64(padHex(claim.A) + padHex(B))}`);
  if (u === 0n) return false;
  const S = modPow(claim.A * modPow(v, u, N), b, N);
  const key = hkdf(Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'));
  const message = Buffer.concat([
    Buffer.from(claim.poolName, 'utf8'),
    Buffer.from(claim.username, 'utf8'),
    Buffer.from(claim.secretBlock, 'base64'),
    Buffer.from(claim.timestamp, 'utf8'),
  ]);
  const expected = createHmac('sha256', key).update(message).digest();
  const given = Buffer.from(claim.signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
