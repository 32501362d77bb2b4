import 'server-only';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { MyProfileDocument, UpsertMyProfileDocument, type Users_Insert_Input } from '@/graphql/generated/graphql';
import { hasuraFetch } from '@/lib/hasura';
import type { StaffUser } from '@/lib/auth';
import { DISPLAY_NAME_MAX } from './schemas';

/**
 * A staff member needs a `users` row before anything can point at them (phenom.created_by, assignee_id, list
 * owners), and Cognito sign-up or an admin invite creates none. The dashboard layout writes it, with the person's
 * own token, on their first visit and then refreshes last_seen_at about once per sitting rather than on every page.
 */

/** last_seen_at older than this is refreshed by the next page view; anything newer is left alone. */
export const PROFILE_REFRESH_MS = 5 * 60_000;

export function profileNeedsWrite(row: { last_seen_at: string | null } | null, now: Date): boolean {
  if (!row?.last_seen_at) return true;
  const seen = Date.parse(row.last_seen_at);
  if (Number.isNaN(seen)) return true;
  return now.getTime() - seen >= PROFILE_REFRESH_MS;
}

const nameClaim = z.object({ name: z.string().trim().min(1).optional() }).catch({});

/**
 * The row as first written. The email is not sent: the permission presets it from the token's email claim. A
 * `name` attribute, when the pool has one, is the best display name there is; without it the UI shows the email.
 */
export function profileRow(user: StaffUser, idToken: string, now: Date): Users_Insert_Input {
  let name: string | undefined;
  try {
    name = nameClaim.parse(decodeJwt(idToken)).name;
  } catch {
    // The token was verified before we got here; a payload jose cannot read simply has no name to offer.
  }
  return { display_name: name?.slice(0, DISPLAY_NAME_MAX) ?? '', last_seen_at: now.toISOString() };
}

export type ProfileSyncOutcome = 'fresh' | 'written' | 'failed';

// When this server process last saw each person's last_seen_at in the database (read or written), per data
// service. Within PROFILE_REFRESH_MS of that nothing would be written, so the layout does not even ask: without
// this, every page view cost one more engine request. One map per process (Next bundles module graphs apart).
const SEEN_KEY = Symbol.for('nest.users.profileSeen');
const store = globalThis as typeof globalThis & { [SEEN_KEY]?: Map<string, number> };
const seen = (store[SEEN_KEY] ??= new Map<string, number>());
const MAX_SEEN = 10_000;

function rememberSeen(key: string, at: number) {
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.set(key, at);
}

/** Never throws: a profile that cannot be written must not cost the person their page. */
export async function syncStaffProfile(
  session: { user: StaffUser; idToken: string },
  options: { now?: Date; url?: string } = {},
): Promise<ProfileSyncOutcome> {
  const now = options.now ?? new Date();
  const key = `${options.url ?? ''}|${session.user.sub}`;
  const known = seen.get(key);
  if (known !== undefined && !profileNeedsWrite({ last_seen_at: new Date(known).toISOString() }, now)) return 'fresh';
  const fetchOptions = { token: session.idToken, url: options.url, timeoutMs: 5_000 };
  try {
    const current = await hasuraFetch(MyProfileDocument, { id: session.user.sub }, fetchOptions);
    if (!current.ok) return logFailure('read', current.error);
    const row = current.data.users_by_pk;
    if (!profileNeedsWrite(row, now)) {
      rememberSeen(key, Date.parse(row!.last_seen_at!));
      return 'fresh';
    }
    const written = await hasuraFetch(UpsertMyProfileDocument, { object: profileRow(session.user, session.idToken, now) }, fetchOptions);
    if (!written.ok) return logFailure('write', written.error);
    rememberSeen(key, now.getTime());
    return 'written';
  } catch (err) {
    return logFailure('sync', { kind: 'unexpected', code: 'exception', message: err instanceof Error ? err.message : String(err) });
  }
}

function logFailure(step: string, error: { kind: string; code: string; message: string }): 'failed' {
  console.error(`[staff-profile] ${step} failed: ${error.kind}/${error.code}: ${error.message}`);
  return 'failed';
}
