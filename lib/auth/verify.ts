import { JwtRsaVerifier } from 'aws-jwt-verify';
import { JwtExpiredError, NonRetryableFetchError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Fetcher } from 'aws-jwt-verify/https';
import { z } from 'zod';
import { STAFF_GROUP, tokenVerifierConfig, type TokenVerifierConfig } from './config';

/**
 * The one place a Cognito token is judged. Middleware, requireStaff() and withStaff() all call
 * verifyStaffToken(), so the edge gate and the in-handler checks can never disagree.
 */

export interface StaffUser {
  /** Cognito sub: also the users.id in the database. */
  sub: string;
  email: string;
  groups: string[];
}

/** `revoked`: a genuine, unexpired token issued before its owner signed out or was revoked (lib/auth/revocation). */
export type DenyReason = 'missing' | 'invalid' | 'expired' | 'forbidden' | 'revoked';

export type TokenCheck =
  /** `issuedAt`: the token's `iat`, in seconds. */
  | { ok: true; user: StaffUser; idToken: string; issuedAt: number }
  /** Signed in with a valid token, but not in the required group(s): the UI says why instead of asking to sign in. */
  | { ok: false; reason: 'forbidden'; user: StaffUser; idToken: string }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'revoked' };

export interface VerifyOptions {
  /** Groups required on top of nest-access (all of them), e.g. ['nest-admin']. */
  groups?: readonly string[];
  config?: TokenVerifierConfig;
}

const JWKS_TIMEOUT_MS = 3_000;

/**
 * aws-jwt-verify's Node fetcher uses node:https and refuses http:// (the local Cognito); WHATWG fetch works on
 * the edge and in Node alike, so one fetcher serves real and local Cognito in every runtime.
 */
const fetchFetcher: Fetcher = {
  async fetch(uri) {
    const res = await fetch(uri, { signal: AbortSignal.timeout(JWKS_TIMEOUT_MS), cache: 'no-store' });
    if (res.status !== 200) throw new NonRetryableFetchError(uri, `Status code is ${res.status}, expected 200`);
    return res.arrayBuffer();
  },
};

const idClaimsSchema = z.object({
  sub: z.string().min(1),
  iat: z.number().int().nonnegative(),
  email: z.string().min(1),
  'cognito:groups': z.array(z.string()).optional(),
});

type TokenUse = 'id' | 'access';

const verifiers = new Map<string, ReturnType<typeof createVerifier>>();

function createVerifier(config: TokenVerifierConfig, tokenUse: TokenUse) {
  return JwtRsaVerifier.create(
    {
      issuer: config.issuer,
      jwksUri: config.jwksUrl,
      // Cognito ID tokens carry the app client id as `aud`; access tokens have no `aud` but a `client_id`.
      audience: tokenUse === 'id' ? config.clientId : null,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== tokenUse) throw new Error(`not an ${tokenUse} token`);
        if (tokenUse === 'access' && payload.client_id !== config.clientId) throw new Error('other app client');
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: fetchFetcher }) },
  );
}

function verifierFor(config: TokenVerifierConfig, tokenUse: TokenUse) {
  const key = `${tokenUse}|${config.issuer}|${config.clientId}|${config.jwksUrl}`;
  let verifier = verifiers.get(key);
  if (!verifier) {
    verifier = createVerifier(config, tokenUse);
    verifiers.set(key, verifier);
  }
  return verifier;
}

/**
 * True for a token this pool really issued to this client, expired or not: what the Amplify session store may
 * load before deciding to refresh. Forged or foreign tokens are treated as absent.
 */
export async function isGenuineToken(token: string, tokenUse: TokenUse, config = tokenVerifierConfig()): Promise<boolean> {
  try {
    await verifierFor(config, tokenUse).verify(token);
    return true;
  } catch (err) {
    return err instanceof JwtExpiredError;
  }
}

/**
 * Checks signature (JWKS), issuer, audience (client id), token_use id, exp/nbf, and group membership.
 * Never throws: every failure is a reason the caller turns into a redirect or a 401/403.
 */
export async function verifyStaffToken(token: string | undefined | null, options: VerifyOptions = {}): Promise<TokenCheck> {
  if (!token) return { ok: false, reason: 'missing' };
  const config = options.config ?? tokenVerifierConfig();
  let payload: unknown;
  try {
    payload = await verifierFor(config, 'id').verify(token);
  } catch (err) {
    // aws-jwt-verify checks the signature before the claims, so "expired" means a genuine token that aged out:
    // worth a refresh. Anything else (forged, other pool, wrong client, access token) is simply invalid.
    return { ok: false, reason: err instanceof JwtExpiredError ? 'expired' : 'invalid' };
  }
  const claims = idClaimsSchema.safeParse(payload);
  if (!claims.success) return { ok: false, reason: 'invalid' };
  const user: StaffUser = { sub: claims.data.sub, email: claims.data.email, groups: claims.data['cognito:groups'] ?? [] };
  const required = [STAFF_GROUP, ...(options.groups ?? [])];
  if (!required.every((g) => user.groups.includes(g))) return { ok: false, reason: 'forbidden', user, idToken: token };
  return { ok: true, user, idToken: token, issuedAt: claims.data.iat };
}
