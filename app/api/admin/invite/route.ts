import { NextResponse } from 'next/server';
import { ADMIN_GROUP, parseJson, withStaff } from '@/lib/auth';
import { inviteStaff } from '@/lib/auth/cognito-admin';
import { adminErrorResponse, staffEmailInput } from '../staff-input';

/**
 * Invites a staff member: Cognito creates the account and emails a temporary password; the invitee must choose
 * their own on first sign-in (/new-password). An existing account (signed up on its own) is granted nest-access
 * instead; it applies from that person's next sign-in. Admins only.
 */
export const POST = withStaff(
  async ({ req, user }) => {
    const { email } = await parseJson(req, staffEmailInput);
    try {
      const { username, created } = await inviteStaff(email);
      console.info(`[admin] ${user.email} ${created ? 'invited' : 'granted nest-access to'} ${email}`);
      return NextResponse.json({ email, username, created }, { status: created ? 201 : 200 });
    } catch (err) {
      return adminErrorResponse(err, email);
    }
  },
  { groups: [ADMIN_GROUP] },
);
