import { NextResponse } from 'next/server';
import { DeleteTeamDocument, UpdateTeamDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, httpError, parseJson, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { assertTeamsWritable, teamWrite } from '@/lib/teams/errors';
import { teamParams, teamPatch } from '@/lib/teams/schemas';

const NO_SUCH_TEAM = 'No such team.';

/** Renames a team or changes its description (admins). */
export const PATCH = withStaff<{ id: string }>(
  async ({ req, params, hasura }) => {
    assertTeamsWritable();
    const { id } = parseParams(params, teamParams, NO_SUCH_TEAM);
    const set = await parseJson(req, teamPatch);
    const data = await teamWrite(() => hasura(UpdateTeamDocument, { id, set }, { role: 'nest-admin' }), httpError.conflict('A team with that name already exists.', 'name'));
    if (!data.update_teams_by_pk) throw httpError.notFound(NO_SUCH_TEAM);
    return NextResponse.json({ team: data.update_teams_by_pk });
  },
  { groups: [ADMIN_GROUP] },
);

/** Deletes a team and its memberships (admins). */
export const DELETE = withStaff<{ id: string }>(
  async ({ req, params, hasura }) => {
    assertTeamsWritable();
    const { id } = parseParams(params, teamParams, NO_SUCH_TEAM);
    await parseNoInput(req);
    const data = await hasura(DeleteTeamDocument, { id }, { role: 'nest-admin' });
    if (!data.delete_teams_by_pk) throw httpError.notFound(NO_SUCH_TEAM);
    return NextResponse.json({ deleted: data.delete_teams_by_pk });
  },
  { groups: [ADMIN_GROUP] },
);
