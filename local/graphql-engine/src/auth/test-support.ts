// Shared by the auth tests: key pairs, token minting and a JWKS endpoint on 127.0.0.1, so every test exercises
// real signatures and real HTTP rather than mocks.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, type JWTPayload } from 'jose';

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicPem: string;
  jwk: Record<string, unknown>;
}

export function rsaKey(kid: string, alg = 'RS256'): SigningKey {
  return withJwk(kid, alg, generateKeyPairSync('rsa', { modulusLength: 2048 }));
}

export function ecKey(kid: string): SigningKey {
  return withJwk(kid, 'ES256', generateKeyPairSync('ec', { namedCurve: 'P-256' }));
}

function withJwk(kid: string, alg: string, pair: { privateKey: KeyObject; publicKey: KeyObject }): SigningKey {
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' };
  return { kid, alg, ...pair, publicPem, jwk };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token signed by `key`; exp defaults to an hour ahead, `header` overrides the protected header. */
export function sign(
  claims: JWTPayload,
  key: SigningKey | { secret: string; alg: string },
  header: Record<string, unknown> = {},
): Promise<string> {
  const body = { iat: nowSeconds(), exp: nowSeconds() + 3600, ...claims };
  if ('secret' in key) {
    return new SignJWT(body).setProtectedHeader({ alg: key.alg, ...header }).sign(new TextEncoder().encode(key.secret));
  }
  return new SignJWT(body).setProtectedHeader({ alg: key.alg, kid: key.kid, ...header }).sign(key.privateKey);
}

export function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsigned token ("alg": "none"), the classic signature bypass. */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${encodeSegment({ alg: 'none', typ: 'JWT' })}.${encodeSegment({ exp: nowSeconds() + 3600, ...claims })}.`;
}

/** The token with its payload replaced and its original signature kept. */
export function withTamperedPayload(token: string, claims: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${encodeSegment(claims)}.${signature}`;
}

export interface JwksServer {
  url: string;
  /** Keys served from now on. */
  keys: SigningKey[];
  /** Extra response headers (Cache-Control, Expires). */
  headers: Record<string, string>;
  /** Status to answer with (e.g. 500 to simulate an outage). */
  status: number;
  requests: number;
  close(): Promise<void>;
}

export async function startJwksServer(keys: SigningKey[], headers: Record<string, string> = {}): Promise<JwksServer> {
  const server: Server = createServer((_req, res) => {
    state.requests++;
    res.writeHead(state.status, { 'content-type': 'application/json', ...state.headers });
    res.end(state.status === 200 ? JSON.stringify({ keys: state.keys.map((k) => k.jwk) }) : '{"message":"unavailable"}');
  });
  const state: JwksServer = {
    url: '',
    keys,
    headers,
    status: 200,
    requests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  return state;
}

/** A clock the tests move by hand, starting at the real time so token times stay realistic. */
export function manualClock() {
  let at = Date.now();
  return { now: () => at, advance: (ms: number) => void (at += ms) };
}
