import { NextResponse } from 'next/server';
import { CreateTeamDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, parseJson, withStaff } from '@/lib/auth';
import { hasuraFetch } from '@/lib/hasura';
import { upstreamReply } from '@/lib/upstream-reply';
import { githubReply, readOnlyReply, teamWriteReply } from '@/lib/teams/replies';
import { teamInput } from '@/lib/teams/schemas';
import { listTeams } from '@/lib/teams/source';

/** Every team with its members, for everyone; `source` says whether they are GitHub's (read-only) or ours. */
export const GET = withStaff(async ({ idToken }) => {
  const result = await listTeams(idToken);
  if (result.ok) return NextResponse.json(result.data);
  return result.source === 'github' ? githubReply(result.error) : upstreamReply('list teams', result.error);
});

/** Creates a team (admins; 409 while teams come from GitHub). */
export const POST = withStaff(
  async ({ req, idToken }) => {
    const readOnly = readOnlyReply();
    if (readOnly) return readOnly;
    const input = await parseJson(req, teamInput);
    const result = await hasuraFetch(CreateTeamDocument, { object: input }, { token: idToken, role: 'nest-admin' });
    if (!result.ok) return teamWriteReply('create team', result.error);
    return NextResponse.json({ team: result.data.insert_teams_one }, { status: 201 });
  },
  { groups: [ADMIN_GROUP] },
);
