import { Share2 } from 'lucide-react';
import type { MyListsQuery } from '@/graphql/generated/graphql';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { listAccess } from '@/lib/lists/access';
import { AppLink } from '@/components/navigation/app-link';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

type ListRow = MyListsQuery['lists'][number];

const ACCESS_LABEL = { owner: 'Yours', edit: 'Shared · can edit', read: 'Shared · read only' } as const;

export function ListCards({ lists, me }: { lists: ListRow[]; me: string }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {lists.map((list) => {
        const access = listAccess({ owner_id: list.owner?.id ?? '', shares: list.shares }, me);
        const items = list.items_aggregate.aggregate?.count ?? 0;
        return (
          <li key={list.id}>
            <Card className="h-full">
              <CardHeader>
                <CardTitle className="flex items-start justify-between gap-2">
                  <AppLink href={`/lists/${list.id}`} className="hover:underline">
                    {list.name}
                  </AppLink>
                  {access === 'owner' ? null : <Badge variant="secondary">{ACCESS_LABEL[access]}</Badge>}
                </CardTitle>
                <CardDescription>{list.description || 'No description.'}</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
                <span>
                  {items} phenom{items === 1 ? '' : 's'}
                </span>
                {access === 'owner' ? null : <span>By {list.owner?.display_name || list.owner?.email || 'someone'}</span>}
                {access === 'owner' && list.shares.length > 0 ? (
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
  );
}
