import { NextResponse } from 'next/server';
import { ADMIN_GROUP, parseQuery, withStaff } from '@/lib/auth';
import { staffDirectory } from '@/lib/users/access';
import { poolUsersQuery } from '@/lib/users/schemas';

/**
 * The user pool as admins manage it: every account with its Cognito groups and status, a page (≤ 60) at a time;
 * `email` narrows to addresses starting with it. Admins only.
 */
export const GET = withStaff(
  async ({ req, hasura }) => {
    const { cursor, email } = parseQuery(req, poolUsersQuery);
    const page = await staffDirectory({ cursor, emailPrefix: email }, hasura);
    return NextResponse.json({ users: page.users, next_cursor: page.nextCursor });
  },
  { groups: [ADMIN_GROUP] },
);
