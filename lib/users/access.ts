import 'server-only';
import { MarkUsersWithoutAccessDocument, RecordSessionCutoffDocument, SetUserAccessDocument } from '@/graphql/generated/graphql';
import { httpError } from '@/lib/api/errors';
import { ADMIN_GROUP, STAFF_GROUP } from '@/lib/auth/config';
import { addToGroup, findPoolUser, listPoolUsers, removeFromGroup, signOutEverywhere, type PoolUser } from '@/lib/auth/cognito-admin';
import { noteSessionCutoff } from '@/lib/auth/revocation';
import type { StaffRouteContext } from '@/lib/auth/with-staff';
import { withCognito } from './errors';
import type { ManagedGroup } from './schemas';

/**
 * Granting and revoking nest-access / nest-admin. Cognito's groups are the truth (they are the token's roles);
 * users.has_access is only the database's mirror, so pickers can leave out people who lost access. The mirror is
 * written with the admin's own token (role nest-admin may change has_access and nothing else). Failures are thrown
 * as ApiErrors (404 unknown account, 422 own groups, 429/502/504 Cognito, 502/504 engine).
 */

type Hasura = StaffRouteContext<unknown>['hasura'];

const mirror = (hasura: Hasura, sub: string, hasAccess: boolean) => hasura(SetUserAccessDocument, { id: sub, hasAccess }, { role: 'nest-admin' });

async function account(sub: string): Promise<PoolUser> {
  const user = await withCognito(() => findPoolUser(sub));
  if (!user) throw httpError.notFound('No such account.');
  return user;
}

/**
 * Refuses every ID token already issued to someone losing a group: their session cut-off (lib/auth/revocation),
 * written with the admin's token. Recorded before Cognito is touched: if it fails, nothing has changed.
 */
async function cutOffSessions(user: PoolUser, hasura: Hasura): Promise<void> {
  const { insert_session_cutoffs_one: row } = await hasura(RecordSessionCutoffDocument, { userId: user.sub, reason: 'revoked' }, { role: 'nest-admin' });
  if (row) noteSessionCutoff(row.user_id, row.not_before);
}

/** Ends every session of someone who just lost a group, so the change is not waiting for their refresh: Cognito revokes the refresh tokens. */
async function endSessions(user: PoolUser): Promise<void> {
  await withCognito(() => signOutEverywhere(user.username));
}

/** Grants `group`. Admins are staff too, so nest-admin brings nest-access along. */
export async function grantGroup(sub: string, group: ManagedGroup, hasura: Hasura): Promise<PoolUser> {
  const user = await account(sub);
  const wanted = group === ADMIN_GROUP ? [STAFF_GROUP, ADMIN_GROUP] : [STAFF_GROUP];
  await withCognito(async () => {
    for (const g of wanted) if (!user.groups.includes(g)) await addToGroup(user.username, g);
  });
  // Cognito first: if the mirror then fails, the person's next sign-in sets it (the preset), nothing is lost.
  await mirror(hasura, sub, true).catch((err: unknown) => console.error(`[access] has_access mirror for ${sub} failed; their next sign-in repairs it:`, err));
  return { ...user, groups: [...new Set([...user.groups, ...wanted])].sort() };
}

/**
 * Revokes `group` and signs the person out everywhere. Losing nest-access also loses nest-admin (an admin who is
 * not staff could not sign in anyway, and the token would still carry the role). Nobody revokes their own groups:
 * another admin must, so the pool always keeps someone who can undo a mistake.
 */
export async function revokeGroup(sub: string, group: ManagedGroup, actor: { sub: string }, hasura: Hasura): Promise<PoolUser> {
  if (sub === actor.sub) throw httpError.invalidRequest('You cannot take away your own groups: ask another admin.');
  const user = await account(sub);
  const losing = group === STAFF_GROUP ? [ADMIN_GROUP, STAFF_GROUP] : [ADMIN_GROUP];
  await cutOffSessions(user, hasura);
  // For nest-access the mirror goes first: should Cognito then fail, it is put back (and should only the put-back
  // fail, the person's next sign-in, still in the group, sets it again). Nobody without access stays pickable.
  if (group === STAFF_GROUP) await mirror(hasura, sub, false);
  try {
    await withCognito(async () => {
      for (const g of losing) if (user.groups.includes(g)) await removeFromGroup(user.username, g);
    });
  } catch (err) {
    if (group === STAFF_GROUP) await mirror(hasura, sub, true).catch(() => undefined);
    throw err;
  }
  await endSessions(user);
  return { ...user, groups: user.groups.filter((g) => !losing.includes(g)) };
}

/** A page of the pool for the admin screen; accounts found outside nest-access are cleared from the pickers. */
export async function staffDirectory(options: { cursor?: string; emailPrefix?: string }, hasura: Hasura) {
  const page = await withCognito(() => listPoolUsers(options));
  const without = page.users.filter((u) => !u.groups.includes(STAFF_GROUP)).map((u) => u.sub);
  if (without.length) {
    await hasura(MarkUsersWithoutAccessDocument, { ids: without }, { role: 'nest-admin' }).catch((err: unknown) => console.error('[access] reconciling has_access failed:', err));
  }
  return page;
}
