import { NextResponse } from 'next/server';
import { ADMIN_GROUP, parseJson, parseParams, withStaff } from '@/lib/auth';
import { grantGroup } from '@/lib/users/access';
import { accountParams, grantInput } from '@/lib/users/schemas';

/** Grants nest-access or nest-admin (which brings nest-access). Takes effect at the person's next sign-in or refresh. */
export const POST = withStaff<{ sub: string }>(
  async ({ req, user, params, hasura }) => {
    const { sub } = parseParams(params, accountParams, 'No such account.');
    const { group } = await parseJson(req, grantInput);
    const granted = await grantGroup(sub, group, hasura);
    console.info(`[admin] ${user.email} granted ${group} to ${granted.email}`);
    return NextResponse.json({ user: granted });
  },
  { groups: [ADMIN_GROUP] },
);
