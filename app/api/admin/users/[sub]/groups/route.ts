import { NextResponse } from 'next/server';
import { ADMIN_GROUP, apiError, parseJson, withStaff } from '@/lib/auth';
import { grantGroup } from '@/lib/users/access';
import { accessReply, cognitoReply } from '@/lib/users/replies';
import { grantInput, subSchema } from '@/lib/users/schemas';

/** Grants nest-access or nest-admin (which brings nest-access). Takes effect at the person's next sign-in or refresh. */
export const POST = withStaff<{ sub: string }>(
  async ({ req, user, idToken, params }) => {
    if (!subSchema.safeParse(params.sub).success) return apiError(404, 'not_found', 'No such account.');
    const { group } = await parseJson(req, grantInput);
    try {
      const outcome = await grantGroup(params.sub, group, idToken);
      if (outcome.ok) console.info(`[admin] ${user.email} granted ${group} to ${outcome.user.email}`);
      return outcome.ok ? NextResponse.json({ user: outcome.user }) : accessReply(outcome);
    } catch (err) {
      return cognitoReply(err);
    }
  },
  { groups: [ADMIN_GROUP] },
);
