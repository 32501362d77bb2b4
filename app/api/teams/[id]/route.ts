import { NextResponse } from 'next/server';
import { DeleteTeamDocument, UpdateTeamDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, apiError, parseJson, withStaff } from '@/lib/auth';
import { hasuraFetch } from '@/lib/hasura';
import { readOnlyReply, teamWriteReply } from '@/lib/teams/replies';
import { teamIdSchema, teamPatch } from '@/lib/teams/schemas';

const noSuchTeam = () => apiError(404, 'not_found', 'No such team.');

/** Renames a team or changes its description (admins). */
export const PATCH = withStaff<{ id: string }>(
  async ({ req, idToken, params }) => {
    const readOnly = readOnlyReply();
    if (readOnly) return readOnly;
    if (!teamIdSchema.safeParse(params.id).success) return noSuchTeam();
    const set = await parseJson(req, teamPatch);
    const result = await hasuraFetch(UpdateTeamDocument, { id: params.id, set }, { token: idToken, role: 'nest-admin' });
    if (!result.ok) return teamWriteReply('update team', result.error);
    return result.data.update_teams_by_pk ? NextResponse.json({ team: result.data.update_teams_by_pk }) : noSuchTeam();
  },
  { groups: [ADMIN_GROUP] },
);

/** Deletes a team and its memberships (admins). */
export const DELETE = withStaff<{ id: string }>(
  async ({ idToken, params }) => {
    const readOnly = readOnlyReply();
    if (readOnly) return readOnly;
    if (!teamIdSchema.safeParse(params.id).success) return noSuchTeam();
    const result = await hasuraFetch(DeleteTeamDocument, { id: params.id }, { token: idToken, role: 'nest-admin' });
    if (!result.ok) return teamWriteReply('delete team', result.error);
    return result.data.delete_teams_by_pk ? NextResponse.json({ deleted: result.data.delete_teams_by_pk }) : noSuchTeam();
  },
  { groups: [ADMIN_GROUP] },
);
