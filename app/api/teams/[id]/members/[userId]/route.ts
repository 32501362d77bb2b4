import { NextResponse } from 'next/server';
import { PutTeamMemberDocument, RemoveTeamMemberDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, apiError, parseJson, withStaff } from '@/lib/auth';
import { hasuraFetch } from '@/lib/hasura';
import { readOnlyReply, teamWriteReply } from '@/lib/teams/replies';
import { memberInput, teamIdSchema, userIdSchema } from '@/lib/teams/schemas';

type Params = { id: string; userId: string };
const validIds = (p: Params) => teamIdSchema.safeParse(p.id).success && userIdSchema.safeParse(p.userId).success;
const noSuchMember = () => apiError(404, 'not_found', 'No such team member.');

/** Adds a staff member to a team, or sets whether they lead it (admins). */
export const PUT = withStaff<Params>(
  async ({ req, idToken, params }) => {
    const readOnly = readOnlyReply();
    if (readOnly) return readOnly;
    if (!validIds(params)) return noSuchMember();
    const { is_lead } = await parseJson(req, memberInput);
    const object = { team_id: params.id, user_id: params.userId, is_lead };
    const result = await hasuraFetch(PutTeamMemberDocument, { object }, { token: idToken, role: 'nest-admin' });
    if (!result.ok) return teamWriteReply('put team member', result.error);
    return NextResponse.json({ member: result.data.insert_team_members_one });
  },
  { groups: [ADMIN_GROUP] },
);

/** Takes a member off a team (admins). */
export const DELETE = withStaff<Params>(
  async ({ idToken, params }) => {
    const readOnly = readOnlyReply();
    if (readOnly) return readOnly;
    if (!validIds(params)) return noSuchMember();
    const result = await hasuraFetch(RemoveTeamMemberDocument, { teamId: params.id, userId: params.userId }, { token: idToken, role: 'nest-admin' });
    if (!result.ok) return teamWriteReply('remove team member', result.error);
    return result.data.delete_team_members_by_pk ? NextResponse.json({ removed: result.data.delete_team_members_by_pk }) : noSuchMember();
  },
  { groups: [ADMIN_GROUP] },
);
