import { NextResponse } from 'next/server';
import { ADMIN_GROUP, ApiError, parseJson, withStaff } from '@/lib/auth';
import { findPoolUserByEmail } from '@/lib/auth/cognito-admin';
import { revokeGroup } from '@/lib/users/access';
import { withCognito } from '@/lib/users/errors';
import { staffEmailInput } from '../staff-input';

/**
 * Takes nest-access away from a staff member (by email) and signs them out everywhere: the same as
 * DELETE /api/admin/users/:sub/groups/nest-access, for scripts that know the address. Admins only.
 */
export const POST = withStaff(
  async ({ req, user, hasura }) => {
    const { email } = await parseJson(req, staffEmailInput);
    const account = await withCognito(() => findPoolUserByEmail(email));
    if (!account) throw new ApiError(404, 'not_found', `No account for ${email}.`, 'email');
    if (account.sub === user.sub) throw new ApiError(422, 'invalid_input', 'email: You cannot revoke your own access.', 'email');
    await revokeGroup(account.sub, 'nest-access', user, hasura);
    console.info(`[admin] ${user.email} revoked nest-access of ${email}`);
    return NextResponse.json({ revoked: { email } });
  },
  { groups: [ADMIN_GROUP] },
);
