import { NextResponse } from 'next/server';
import { PutTeamMemberDocument, RemoveTeamMemberDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, httpError, parseJson, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { assertTeamsWritable, teamWrite } from '@/lib/teams/errors';
import { memberInput, memberParams } from '@/lib/teams/schemas';

const NO_SUCH_MEMBER = 'No such team or staff member.';

/** Adds a staff member to a team, or sets whether they lead it (admins). */
export const PUT = withStaff<{ id: string; userId: string }>(
  async ({ req, params, hasura }) => {
    assertTeamsWritable();
    const { id, userId } = parseParams(params, memberParams, NO_SUCH_MEMBER);
    const { is_lead } = await parseJson(req, memberInput);
    // The upsert cannot hit the primary key, so its only possible conflict is a team or person that does not exist.
    const object = { team_id: id, user_id: userId, is_lead };
    const data = await teamWrite(() => hasura(PutTeamMemberDocument, { object }, { role: 'nest-admin' }), httpError.notFound(NO_SUCH_MEMBER));
    return NextResponse.json({ member: data.insert_team_members_one });
  },
  { groups: [ADMIN_GROUP] },
);

/** Takes a member off a team (admins). */
export const DELETE = withStaff<{ id: string; userId: string }>(
  async ({ req, params, hasura }) => {
    assertTeamsWritable();
    const { id, userId } = parseParams(params, memberParams, NO_SUCH_MEMBER);
    await parseNoInput(req);
    const data = await hasura(RemoveTeamMemberDocument, { teamId: id, userId }, { role: 'nest-admin' });
    if (!data.delete_team_members_by_pk) throw httpError.notFound(NO_SUCH_MEMBER);
    return NextResponse.json({ removed: data.delete_team_members_by_pk });
  },
  { groups: [ADMIN_GROUP] },
);
