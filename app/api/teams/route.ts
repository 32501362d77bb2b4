import { NextResponse } from 'next/server';
import { CreateTeamDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, httpError, parseJson, parseNoInput, withStaff } from '@/lib/auth';
import { toRouteError } from '@/lib/hasura';
import { assertTeamsWritable, githubError, teamWrite } from '@/lib/teams/errors';
import { teamInput } from '@/lib/teams/schemas';
import { listTeams } from '@/lib/teams/source';

/** Every team with its members, for everyone; `source` says whether they are GitHub's (read-only) or ours. */
export const GET = withStaff(async ({ req, idToken }) => {
  await parseNoInput(req);
  const result = await listTeams(idToken, { signal: req.signal });
  if (result.ok) return NextResponse.json(result.data);
  throw result.source === 'github' ? githubError(result.error) : toRouteError(result.error);
});

/** Creates a team (admins; 409 read_only while teams come from GitHub). */
export const POST = withStaff(
  async ({ req, hasura }) => {
    assertTeamsWritable();
    const input = await parseJson(req, teamInput);
    const data = await teamWrite(() => hasura(CreateTeamDocument, { object: input }, { role: 'nest-admin' }), httpError.conflict('A team with that name already exists.', 'name'));
    return NextResponse.json({ team: data.insert_teams_one }, { status: 201 });
  },
  { groups: [ADMIN_GROUP] },
);
