import { NextResponse } from 'next/server';
import { ADMIN_GROUP, apiError, parseJson, withStaff } from '@/lib/auth';
import { findPoolUserByEmail } from '@/lib/auth/cognito-admin';
import { revokeGroup } from '@/lib/users/access';
import { accessReply } from '@/lib/users/replies';
import { adminErrorResponse, staffEmailInput } from '../staff-input';

/**
 * Takes nest-access away from a staff member (by email) and signs them out everywhere: the same as
 * DELETE /api/admin/users/:sub/groups/nest-access, for scripts that know the address. Admins only.
 */
export const POST = withStaff(
  async ({ req, user, idToken }) => {
    const { email } = await parseJson(req, staffEmailInput);
    try {
      const account = await findPoolUserByEmail(email);
      if (!account) return apiError(404, 'not_found', `No account for ${email}.`, { field: 'email' });
      const outcome = await revokeGroup(account.sub, 'nest-access', user, idToken);
      if (!outcome.ok) return accessReply(outcome);
      console.info(`[admin] ${user.email} revoked nest-access of ${email}`);
      return NextResponse.json({ revoked: { email } });
    } catch (err) {
      return adminErrorResponse(err, email);
    }
  },
  { groups: [ADMIN_GROUP] },
);
