import type { Metadata } from 'next';
import { ListChecks, Share2 } from 'lucide-react';
import { MyListsDocument } from '@/graphql/generated/graphql';
import { requireStaff } from '@/lib/auth';
import { staffQuery } from '@/lib/staff-query';
import { PageHeader } from '@/components/layout/page-header';
import { ListCards } from '@/components/lists/list-cards';
import { CreateListButton } from '@/components/lists/list-forms';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';

export const metadata: Metadata = { title: 'Lists' };

export default async function ListsPage() {
  const [{ user }, result] = await Promise.all([requireStaff(), staffQuery(MyListsDocument, {})]);
  const header = <PageHeader title="Lists" description="Your own lists of phenoms, and those others shared with you." actions={<CreateListButton />} />;
  if (!result.ok) {
    return (
      <>
        {header}
        <DataError error={result.error} />
      </>
    );
  }
  const mine = result.data.lists.filter((l) => l.owner?.id === user.sub);
  const shared = result.data.lists.filter((l) => l.owner?.id !== user.sub);
  return (
    <>
      {header}
      <section aria-labelledby="my-lists" className="mb-8 flex flex-col gap-3">
        <h2 id="my-lists" className="text-lg font-semibold">
          My lists
        </h2>
        {mine.length === 0 ? (
          <EmptyState title="No lists yet" icon={ListChecks} actions={<CreateListButton />}>
            Lists collect phenoms for a case or a briefing. Create one here, then add phenoms to it from the phenom table or a phenom’s page.
          </EmptyState>
        ) : (
          <ListCards lists={mine} me={user.sub} />
        )}
      </section>
      <section aria-labelledby="shared-lists" className="flex flex-col gap-3">
        <h2 id="shared-lists" className="text-lg font-semibold">
          Shared with me
        </h2>
        {shared.length === 0 ? (
          <EmptyState title="Nothing shared with you" icon={Share2}>
            When a colleague shares a list or one of its items with you, it appears here and your bell tells you.
          </EmptyState>
        ) : (
          <ListCards lists={shared} me={user.sub} />
        )}
      </section>
    </>
  );
}
