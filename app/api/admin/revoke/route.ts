import { NextResponse } from 'next/server';
import { ADMIN_GROUP, apiError, parseJson, withStaff } from '@/lib/auth';
import { revokeStaff } from '@/lib/auth/cognito-admin';
import { adminErrorResponse, staffEmailInput } from '../staff-input';

/** Takes nest-access away from a staff member and signs them out everywhere. Admins only. */
export const POST = withStaff(
  async ({ req, user }) => {
    const { email } = await parseJson(req, staffEmailInput);
    if (email === user.email.toLowerCase()) return apiError(422, 'invalid_input', 'You cannot revoke your own access.', { field: 'email' });
    try {
      await revokeStaff(email);
      console.info(`[admin] ${user.email} revoked nest-access of ${email}`);
      return NextResponse.json({ revoked: { email } });
    } catch (err) {
      return adminErrorResponse(err, email);
    }
  },
  { groups: [ADMIN_GROUP] },
);
