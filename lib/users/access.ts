import 'server-only';
import { MarkUsersWithoutAccessDocument, SetUserAccessDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, STAFF_GROUP } from '@/lib/auth/config';
import { addToGroup, findPoolUser, listPoolUsers, removeFromGroup, signOutEverywhere, type PoolUser } from '@/lib/auth/cognito-admin';
import { hasuraFetch, type HasuraFailure } from '@/lib/hasura';
import type { ManagedGroup } from './schemas';

/**
 * Granting and revoking nest-access / nest-admin. Cognito's groups are the truth (they are the token's roles);
 * users.has_access is only the database's mirror, so pickers can leave out people who lost access. The mirror is
 * written with the admin's own token (role nest-admin may change has_access and nothing else).
 */

export type AccessOutcome =
  | { ok: true; user: PoolUser }
  | { ok: false; reason: 'not_found' | 'self' }
  | { ok: false; reason: 'upstream'; error: HasuraFailure };

const withoutGroup = (user: PoolUser, ...groups: string[]) => ({ ...user, groups: user.groups.filter((g) => !groups.includes(g)) });

async function mirror(sub: string, hasAccess: boolean, adminToken: string) {
  return hasuraFetch(SetUserAccessDocument, { id: sub, hasAccess }, { token: adminToken, role: 'nest-admin' });
}

/**
 * Ends every session of someone who just lost a group, so the change is not waiting for their refresh: Cognito
 * revokes the refresh tokens. The one place a session-revocation hook belongs (e.g. a not-before the token check
 * honours, so the ID token already issued stops working too).
 */
async function endSessions(user: PoolUser): Promise<void> {
  await signOutEverywhere(user.username);
}

/** Grants `group`. Admins are staff too, so nest-admin brings nest-access along. */
export async function grantGroup(sub: string, group: ManagedGroup, adminToken: string): Promise<AccessOutcome> {
  const user = await findPoolUser(sub);
  if (!user) return { ok: false, reason: 'not_found' };
  const wanted = group === ADMIN_GROUP ? [STAFF_GROUP, ADMIN_GROUP] : [STAFF_GROUP];
  for (const g of wanted) if (!user.groups.includes(g)) await addToGroup(user.username, g);
  // Cognito first: if the mirror then fails, the person's next sign-in sets it (the preset), nothing is lost.
  const mirrored = await mirror(sub, true, adminToken);
  if (!mirrored.ok) console.error(`[access] has_access mirror for ${sub} failed: ${mirrored.error.code}; their next sign-in repairs it`);
  return { ok: true, user: { ...user, groups: [...new Set([...user.groups, ...wanted])].sort() } };
}

/**
 * Revokes `group` and signs the person out everywhere. Losing nest-access also loses nest-admin (an admin who is
 * not staff could not sign in anyway, and the token would still carry the role). Nobody revokes their own access:
 * another admin must, so the pool always keeps someone who can undo a mistake.
 */
export async function revokeGroup(sub: string, group: ManagedGroup, actor: { sub: string }, adminToken: string): Promise<AccessOutcome> {
  if (sub === actor.sub) return { ok: false, reason: 'self' };
  const user = await findPoolUser(sub);
  if (!user) return { ok: false, reason: 'not_found' };
  const losing = group === STAFF_GROUP ? [ADMIN_GROUP, STAFF_GROUP] : [ADMIN_GROUP];
  if (group === STAFF_GROUP) {
    // The mirror first: should Cognito then fail, it is put back; should only the put-back fail, the person's next
    // sign-in (still in the group) sets it again. Either way nobody without access stays pickable.
    const mirrored = await mirror(sub, false, adminToken);
    if (!mirrored.ok) return { ok: false, reason: 'upstream', error: mirrored.error };
    try {
      for (const g of losing) if (user.groups.includes(g)) await removeFromGroup(user.username, g);
    } catch (err) {
      await mirror(sub, true, adminToken);
      throw err;
    }
  } else if (user.groups.includes(ADMIN_GROUP)) {
    await removeFromGroup(user.username, ADMIN_GROUP);
  }
  await endSessions(user);
  return { ok: true, user: withoutGroup(user, ...losing) };
}

/** A page of the pool for the admin screen; accounts found outside nest-access are cleared from the pickers. */
export async function staffDirectory(options: { cursor?: string; emailPrefix?: string }, adminToken: string) {
  const page = await listPoolUsers(options);
  const without = page.users.filter((u) => !u.groups.includes(STAFF_GROUP)).map((u) => u.sub);
  if (without.length) {
    const marked = await hasuraFetch(MarkUsersWithoutAccessDocument, { ids: without }, { token: adminToken, role: 'nest-admin' });
    if (!marked.ok) console.error(`[access] reconciling has_access failed: ${marked.error.code}`);
  }
  return page;
}
