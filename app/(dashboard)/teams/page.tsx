import type { Metadata } from 'next';
import { Users } from 'lucide-react';
import { requireStaff } from '@/lib/auth';
import { listTeams } from '@/lib/teams/source';
import { PageHeader } from '@/components/layout/page-header';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage() {
  const { idToken } = await requireStaff();
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
  const { org } = result.data;
  return (
    <>
      <PageHeader title="Teams" description={org ? `Who works on what, as the GitHub organisation ${org} has it (change teams on GitHub).` : 'Who works on what.'} />
      {result.data.teams.length === 0 ? (
        <EmptyState title="No teams yet" icon={Users}>
          Admins create teams and add staff to them.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {result.data.teams.map((team) => (
            <li key={team.id}>
              <Card className="h-full">
                <CardHeader>
                  <CardTitle>{team.name}</CardTitle>
                  {team.description ? <CardDescription>{team.description}</CardDescription> : null}
                </CardHeader>
                <CardContent>
                  {team.members.length === 0 ? (
                    <p className="text-sm text-muted-foreground">No members yet.</p>
                  ) : (
                    <ul className="flex flex-col gap-1.5 text-sm">
                      {team.members.map((m) => (
                        <li key={m.user_id ?? m.github_login} className="flex items-center justify-between gap-2">
                          <span className="truncate">{m.name}</span>
                          {m.is_lead ? <Badge variant="outline">Lead</Badge> : null}
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
