import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { tokenVerifierConfig } from './config';
import { readAmplifyCookies } from './cookies';
import { PATHNAME_HEADER, signInPath } from './paths';
import { checkStaffSession } from './revocation';
import type { StaffUser, TokenCheck } from './verify';

// React's cache() keys on argument identity, so the groups travel as one string: a layout and a page asking the
// same question in one render share one verification.
const sessionForGroups = cache(async (groupList: string): Promise<TokenCheck> => {
  const config = tokenVerifierConfig();
  const store = await cookies();
  const { idToken } = readAmplifyCookies((name) => store.get(name)?.value, config.clientId);
  return checkStaffSession(idToken, { groups: groupList ? groupList.split(',') : [], config });
});

/** The session check for the current request, without acting on it (e.g. /no-access shows who you are). */
export function getStaffSession(groups: readonly string[] = []): Promise<TokenCheck> {
  return sessionForGroups(groups.join(','));
}

/**
 * For every dashboard layout and server component: verifies the ID token again (middleware is not the only gate),
 * refuses one issued before a sign-out or revocation, and returns the staff member, or redirects — to
 * /sign-in?next=… without a valid session, to /no-access when signed in without the group(s).
 */
export async function requireStaff(options: { groups?: readonly string[] } = {}): Promise<{ user: StaffUser; idToken: string }> {
  const check = await getStaffSession(options.groups ?? []);
  if (check.ok) return { user: check.user, idToken: check.idToken };
  if (check.reason === 'forbidden') redirect('/no-access');
  redirect(signInPath((await headers()).get(PATHNAME_HEADER)));
}
