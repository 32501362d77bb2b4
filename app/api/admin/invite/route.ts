import { NextResponse } from 'next/server';
import { ADMIN_GROUP, parseJson, withStaff } from '@/lib/auth';
import { inviteStaff } from '@/lib/auth/cognito-admin';
import { adminErrorResponse, staffEmailInput } from '../staff-input';

/**
 * Invites a staff member: Cognito creates the account and emails a temporary password; the invitee must choose
 * their own on first sign-in (/new-password). Admins only.
 */
export const POST = withStaff(
  async ({ req, user }) => {
    const { email } = await parseJson(req, staffEmailInput);
    try {
      const { username } = await inviteStaff(email);
      console.info(`[admin] ${user.email} invited ${email}`);
      return NextResponse.json({ invited: { email, username } }, { status: 201 });
    } catch (err) {
      return adminErrorResponse(err, email);
    }
  },
  { groups: [ADMIN_GROUP] },
);
