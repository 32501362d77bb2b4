import { NextResponse } from 'next/server';
import { ADMIN_GROUP, apiError, withStaff } from '@/lib/auth';
import { revokeGroup } from '@/lib/users/access';
import { accessReply, cognitoReply } from '@/lib/users/replies';
import { managedGroup, subSchema } from '@/lib/users/schemas';

/**
 * Revokes a group and signs the person out everywhere. Revoking nest-access removes nest-admin too and drops them from
 * assignee and share pickers. Nobody revokes their own groups (422). Admins only.
 */
export const DELETE = withStaff<{ sub: string; group: string }>(
  async ({ user, idToken, params }) => {
    const group = managedGroup.safeParse(params.group);
    if (!subSchema.safeParse(params.sub).success || !group.success) return apiError(404, 'not_found', 'No such account or group.');
    try {
      const outcome = await revokeGroup(params.sub, group.data, user, idToken);
      if (outcome.ok) console.info(`[admin] ${user.email} revoked ${group.data} of ${outcome.user.email}`);
      return outcome.ok ? NextResponse.json({ user: outcome.user }) : accessReply(outcome);
    } catch (err) {
      return cognitoReply(err);
    }
  },
  { groups: [ADMIN_GROUP] },
);
