import type { Metadata } from 'next';
import { Inbox } from 'lucide-react';
import { DropListDocument } from '@/graphql/generated/graphql';
import { staffQuery } from '@/lib/staff-query';
import { DROP_STATUSES } from '@/lib/drops/input';
import { cn } from '@/lib/utils';
import { PageHeader } from '@/components/layout/page-header';
import { AppLink } from '@/components/navigation/app-link';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { DropQueue } from '@/components/drops/drop-queue';

export const metadata: Metadata = { title: 'Drops' };

type DropStatus = (typeof DROP_STATUSES)[number];

const STATUS_TABS: Record<DropStatus, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected', duplicate: 'Duplicates' };
const EMPTY: Record<DropStatus, string> = {
  pending: 'Nothing to review: every public submission has been looked at. New ones from the public app appear here.',
  accepted: 'No drop has been promoted or attached yet: do that from Pending.',
  rejected: 'No drop has been rejected.',
  duplicate: 'No drop has been marked a duplicate.',
};
const SHOWN = 50;
const DESCRIPTION = 'Public submissions, newest first. Promote one to a new phenom, attach it to one on file, or reject it.';

const statusOf = (raw: string | string[] | undefined): DropStatus => ((DROP_STATUSES as readonly string[]).includes(String(raw)) ? (raw as DropStatus) : 'pending');

export default async function DropsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const status = statusOf((await searchParams).status);
  const result = await staffQuery(DropListDocument, { where: { status: { _eq: status } }, limit: SHOWN, offset: 0, countLimit: 10_001 });
  const tabs = (
    <nav aria-label="Drops by status" className="mb-4 inline-flex rounded-lg bg-muted p-[3px] text-sm">
      {DROP_STATUSES.map((s) => (
        <AppLink
          key={s}
          href={s === 'pending' ? '/drops' : `/drops?status=${s}`}
          aria-current={s === status ? 'page' : undefined}
          className={cn('rounded-md px-3 py-1.5 font-medium text-muted-foreground', s === status && 'bg-background text-foreground shadow-sm')}
        >
          {STATUS_TABS[s]}
        </AppLink>
      ))}
    </nav>
  );
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Drops" description={DESCRIPTION} />
        {tabs}
        <DataError error={result.error} />
      </>
    );
  }
  const count = result.data.drops_aggregate.aggregate?.count ?? 0;
  return (
    <>
      <PageHeader title="Drops" description={DESCRIPTION} />
      {tabs}
      {result.data.drops.length === 0 ? (
        <EmptyState title={`No ${STATUS_TABS[status].toLowerCase()} drops`} icon={Inbox}>
          {EMPTY[status]}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted-foreground">
            {count > 10_000 ? 'More than 10,000' : count.toLocaleString('en-GB')} {STATUS_TABS[status].toLowerCase()}
            {count > result.data.drops.length ? `, the newest ${result.data.drops.length} shown` : ''}.
          </p>
          <DropQueue key={status} drops={result.data.drops} reviewable={status === 'pending'} />
        </>
      )}
    </>
  );
}
