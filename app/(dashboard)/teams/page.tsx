import type { Metadata } from 'next';
import { Users } from 'lucide-react';
import { TeamsDocument } from '@/graphql/generated/graphql';
import { staffQuery } from '@/lib/staff-query';
import { PageHeader } from '@/components/layout/page-header';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage() {
  const result = await staffQuery(TeamsDocument, {});
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Teams" />
        <DataError error={result.error} />
      </>
    );
  }
  return (
    <>
      <PageHeader title="Teams" description="Who works on what." />
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
                      {team.members.map((m) =>
                        m.user ? (
                          <li key={m.user.id} className="flex items-center justify-between gap-2">
                            <span className="truncate">{m.user.display_name || m.user.email}</span>
                            {m.is_lead ? <Badge variant="outline">Lead</Badge> : null}
                          </li>
                        ) : null,
                      )}
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
