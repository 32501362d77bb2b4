import type { Metadata } from 'next';
import { ListChecks, Share2 } from 'lucide-react';
import { MyListsDocument } from '@/graphql/generated/graphql';
import { requireStaff } from '@/lib/auth';
import { staffQuery } from '@/lib/staff-query';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { PageHeader } from '@/components/layout/page-header';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Lists' };

export default async function ListsPage() {
  const [{ user }, result] = await Promise.all([requireStaff(), staffQuery(MyListsDocument, {})]);
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Lists" />
        <DataError error={result.error} />
      </>
    );
  }
  const lists = result.data.lists;
  return (
    <>
      <PageHeader title="Lists" description="Your own lists of phenoms, and those others shared with you." />
      {lists.length === 0 ? (
        <EmptyState title="No lists yet" icon={ListChecks}>
          Lists collect phenoms for a case or a briefing. Lists others share with you appear here too.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {lists.map((list) => {
            const mine = list.owner?.id === user.sub;
            const myShare = list.shares.find((s) => s.user_id === user.sub);
            const items = list.items_aggregate.aggregate?.count ?? 0;
            return (
              <li key={list.id}>
                <Card className="h-full">
                  <CardHeader>
                    <CardTitle className="flex items-start justify-between gap-2">
                      <span>{list.name}</span>
                      {mine ? null : <Badge variant="secondary">{myShare?.can_edit ? 'Shared · can edit' : 'Shared · view only'}</Badge>}
                    </CardTitle>
                    <CardDescription>{list.description || 'No description.'}</CardDescription>
                  </CardHeader>
                  <CardContent className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
                    <span>
                      {items} phenom{items === 1 ? '' : 's'}
                    </span>
                    <span>{mine ? 'Yours' : `By ${list.owner?.display_name || list.owner?.email || 'someone'}`}</span>
                    {mine && list.shares.length > 0 ? (
                      <span className="inline-flex items-center gap-1">
                        <Share2 className="size-3" aria-hidden /> Shared with {list.shares.length}
                      </span>
                    ) : null}
                    <span>Updated {formatDateTime(list.updated_at)}</span>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
