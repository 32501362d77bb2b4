import { NextResponse } from 'next/server';
import { ADMIN_GROUP, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { revokeGroup } from '@/lib/users/access';
import { accountGroupParams } from '@/lib/users/schemas';

/**
 * Revokes a group and signs the person out everywhere. Revoking nest-access removes nest-admin too and drops them from
 * assignee and share pickers. Nobody revokes their own groups (422). Admins only.
 */
export const DELETE = withStaff<{ sub: string; group: string }>(
  async ({ req, user, params, hasura }) => {
    const { sub, group } = parseParams(params, accountGroupParams, 'No such account or group.');
    await parseNoInput(req);
    const revoked = await revokeGroup(sub, group, user, hasura);
    console.info(`[admin] ${user.email} revoked ${group} of ${revoked.email}`);
    return NextResponse.json({ user: revoked });
  },
  { groups: [ADMIN_GROUP] },
);
