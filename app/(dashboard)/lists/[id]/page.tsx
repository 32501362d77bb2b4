import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPlus } from 'lucide-react';
import { ListDetailDocument } from '@/graphql/generated/graphql';
import { requireStaff } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { listParamsSchema } from '@/lib/lists/input';
import { staffQuery } from '@/lib/staff-query';
import { PageHeader } from '@/components/layout/page-header';
import { DeleteListButton, EditListButton } from '@/components/lists/list-forms';
import { ListItems } from '@/components/lists/list-items';
import { ShareDialog } from '@/components/shares/share-dialog';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Badge } from '@/components/ui/badge';

export const metadata: Metadata = { title: 'List' };

export default async function ListPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = listParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const [{ user }, result] = await Promise.all([requireStaff(), staffQuery(ListDetailDocument, { id: parsed.data.id })]);
  if (!result.ok) {
    return (
      <>
        <PageHeader title="List" />
        <DataError error={result.error} />
      </>
    );
  }
  const list = result.data.lists_by_pk;
  if (!list) notFound();
  const access = listAccess(list, user.sub);
  const owner = list.owner?.display_name || list.owner?.email || 'someone';
  return (
    <>
      <PageHeader
        title={list.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {list.description || 'No description.'}
            {access === 'owner' ? null : <Badge variant="secondary">{access === 'edit' ? `Shared by ${owner} · you can edit` : `Shared by ${owner} · read only`}</Badge>}
          </span>
        }
        actions={
          <>
            {access === 'owner' ? <ShareDialog target={{ kind: 'list', id: list.id, name: list.name }} me={user.sub} /> : null}
            {access === 'read' ? null : <EditListButton list={list} />}
            {access === 'owner' ? <DeleteListButton list={list} /> : null}
          </>
        }
      />
      {list.items.length === 0 ? (
        <EmptyState title="No phenoms on this list yet" icon={ListPlus}>
          {access === 'read' ? 'The owner has not added any phenoms yet.' : 'Add phenoms from the phenom table (select rows, then “Add to list”) or from a phenom’s page.'}
        </EmptyState>
      ) : (
        <ListItems
          key={list.updated_at}
          listId={list.id}
          initial={list.items.map((item) => ({ ...item, noteEditable: item.shares.some((s) => s.user_id === user.sub && s.can_edit) }))}
          rights={access === 'read' ? 'read' : 'edit'}
          me={user.sub}
        />
      )}
    </>
  );
}
