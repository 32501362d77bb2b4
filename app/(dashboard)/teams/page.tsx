import type { Metadata } from 'next';
import { GitBranch, Users } from 'lucide-react';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { listTeams } from '@/lib/teams/source';
import { PageHeader } from '@/components/layout/page-header';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { CreateTeamButton, MemberAdminActions, TeamAdminActions } from '@/components/teams/team-admin';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage() {
  const { idToken, user } = await requireStaff();
  const result = await listTeams(idToken);
  if (!result.ok) {
    // GitHub's failures read like the data service's: slow is a timeout, anything else unreachable.
    const error = result.source === 'database' ? result.error : { kind: result.error.kind === 'timeout' ? ('timeout' as const) : ('network' as const), code: result.error.kind };
    return (
      <>
        <PageHeader title="Teams" />
        <DataError error={error} />
      </>
    );
  }
  const { org, read_only } = result.data;
  // Admins edit our own teams here; GitHub's teams are changed on GitHub, and the page says so.
  const editable = !read_only && user.groups.includes(ADMIN_GROUP);
  return (
    <>
      <PageHeader title="Teams" description="Who works on what." actions={editable ? <CreateTeamButton /> : undefined} />
      {read_only ? (
        <p role="note" className="mb-6 flex items-center gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm">
          <GitBranch className="size-4" aria-hidden /> These teams come from the GitHub organisation {org ?? ''} and are read-only here: change teams and members on GitHub.
        </p>
      ) : null}
      {result.data.teams.length === 0 ? (
        <EmptyState title="No teams yet" icon={Users} actions={editable ? <CreateTeamButton /> : undefined}>
          {editable ? 'Create a team, then add staff to it.' : 'Admins create teams and add staff to them.'}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {result.data.teams.map((team) => (
            <li key={team.id}>
              <Card className="h-full">
                <CardHeader>
                  <CardTitle>{team.name}</CardTitle>
                  {team.description ? <CardDescription>{team.description}</CardDescription> : null}
                  {editable ? <TeamAdminActions team={team} /> : null}
                </CardHeader>
                <CardContent>
                  {team.members.length === 0 ? (
                    <p className="text-sm text-muted-foreground">No members yet.</p>
                  ) : (
                    <ul className="flex flex-col gap-1.5 text-sm">
                      {team.members.map((m) => (
                        <li key={m.user_id ?? m.github_login} className="flex items-center justify-between gap-2">
                          <span className="truncate">{m.name}</span>
                          <span className="flex items-center gap-1">
                            {m.is_lead ? <Badge variant="outline">Lead</Badge> : null}
                            {editable && m.user_id ? <MemberAdminActions teamId={team.id} member={{ user_id: m.user_id, name: m.name, is_lead: m.is_lead }} /> : null}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
