import 'server-only';
import { RecordSessionCutoffDocument, SessionCutoffDocument } from '@/graphql/generated/graphql';
import { hasuraFetch, type HasuraResult, type HasuraRole } from '@/lib/hasura';
import { verifyStaffToken, type TokenCheck, type VerifyOptions } from './verify';

/**
 * Sign-out and revocation that take effect at once, although a Cognito ID token cannot be recalled (it stays valid
 * until it expires, global sign-out or not). Each person has a "not before" (hasura: session_cutoffs), written when
 * they sign out or an admin revokes them; requireStaff() and withStaff() refuse any token issued before it.
 * The app holds no database access: the cut-off is read with the person's own token (own row only) and written
 * through Hasura's permissions like everything else.
 */

/**
 * How long one lookup is trusted. A revocation reaches every server process within this time; the process that
 * recorded it knows at once. Well inside the one minute the product allows.
 */
export const CUTOFF_CACHE_MS = 30_000;
/** Short: it runs before every page's own query when the cache is cold, and those give up after about 3 s. */
const LOOKUP_TIMEOUT_MS = 1_500;
const MAX_ENTRIES = 10_000;

interface Entry {
  /** ms since the epoch; null when the person never signed out nor was revoked. */
  notBefore: number | null;
  fetchedAt: number;
}

// One cache per server process: Next bundles pages and route handlers as separate module graphs, so a module-level
// Map would be one per graph, and a sign-out recorded by the route would not be seen by the pages.
const CACHE_KEY = Symbol.for('nest.auth.sessionCutoffs');
const store = globalThis as typeof globalThis & { [CACHE_KEY]?: Map<string, Entry> };
const cache = (store[CACHE_KEY] ??= new Map<string, Entry>());

function remember(sub: string, entry: Entry) {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(sub, entry);
}

/**
 * Whether a token issued at `issuedAt` (its `iat`, in seconds) predates the end of its owner's sessions. Compared
 * in whole seconds, as `iat` is: a token from the very second of a sign-out still passes, so that signing straight
 * back in never locks someone out for the token's lifetime.
 *
 * If the cut-off cannot be read (the data service is down or slow), the last known one is used, else none: the
 * same service serves every page's data, so a revoked person gets nothing from it meanwhile either.
 */
export async function isRevoked(sub: string, idToken: string, issuedAt: number, now = Date.now()): Promise<boolean> {
  const notBefore = await cutoffFor(sub, idToken, now);
  return notBefore !== null && issuedAt < Math.floor(notBefore / 1000);
}

async function cutoffFor(sub: string, idToken: string, now: number): Promise<number | null> {
  const known = cache.get(sub);
  if (known && now - known.fetchedAt < CUTOFF_CACHE_MS) return known.notBefore;
  const result = await hasuraFetch(SessionCutoffDocument, { userId: sub }, { token: idToken, timeoutMs: LOOKUP_TIMEOUT_MS });
  if (!result.ok) {
    console.error(`[auth] session cut-off of ${sub} not readable: ${result.error.kind}/${result.error.code}`);
    return known?.notBefore ?? null;
  }
  const stamp = result.data.session_cutoffs_by_pk?.not_before;
  const notBefore = stamp ? Date.parse(stamp) : null;
  remember(sub, { notBefore, fetchedAt: now });
  return notBefore;
}

/**
 * verifyStaffToken plus the cut-off: what every server-side check (requireStaff, withStaff) asks. The edge middleware
 * verifies the token alone; a signed-out session it lets through is refused here, before any page or route runs.
 */
export async function checkStaffSession(token: string | undefined | null, options: VerifyOptions = {}): Promise<TokenCheck> {
  const check = await verifyStaffToken(token, options);
  if (check.ok && (await isRevoked(check.user.sub, check.idToken, check.issuedAt))) return { ok: false, reason: 'revoked' };
  return check;
}

/** A cut-off written elsewhere in this process (an admin's revoke through ctx.hasura): known here at once. */
export function noteSessionCutoff(sub: string, notBefore: string): void {
  remember(sub, { notBefore: Date.parse(notBefore), fetchedAt: Date.now() });
}

export type CutoffReason = 'sign_out' | 'revoked';

/**
 * Ends every session of `sub` issued until now: by the person themselves at sign-out (their own token), or by an
 * admin (role nest-admin) revoking them. This process knows at once; the others within CUTOFF_CACHE_MS.
 */
export async function recordSessionCutoff(
  sub: string,
  reason: CutoffReason,
  as: { token: string; role?: HasuraRole },
): Promise<HasuraResult<{ notBefore: number }>> {
  const result = await hasuraFetch(RecordSessionCutoffDocument, { userId: sub, reason }, { token: as.token, role: as.role });
  if (!result.ok) return result;
  const row = result.data.insert_session_cutoffs_one;
  if (!row) return { ok: false, error: { kind: 'graphql', code: 'permission-error', message: 'the cut-off was not recorded', status: 200 } };
  const notBefore = Date.parse(row.not_before);
  remember(sub, { notBefore, fetchedAt: Date.now() });
  return { ok: true, data: { notBefore } };
}
