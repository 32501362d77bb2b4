import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { BellOff } from 'lucide-react';
import { NotificationPageDocument } from '@/graphql/generated/graphql';
import { staffQuery } from '@/lib/staff-query';
import { describeNotification } from '@/lib/notifications/describe';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { cn } from '@/lib/utils';
import { PageHeader } from '@/components/layout/page-header';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';

export const metadata: Metadata = { title: 'Notifications' };

const SHOWN = 100;

export default async function NotificationsPage() {
  const result = await staffQuery(NotificationPageDocument, { limit: SHOWN, where: {} });
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Notifications" />
        <DataError error={result.error} />
      </>
    );
  }
  const unread = result.data.unread.aggregate?.count ?? 0;
  return (
    <>
      <PageHeader title="Notifications" description={unread ? `${unread} unread` : 'All caught up.'} />
      {result.data.notifications.length === 0 ? (
        <EmptyState title="No notifications" icon={BellOff}>
          You will be told here when a phenom is assigned to you or a list is shared with you.
        </EmptyState>
      ) : (
        <ul className="divide-y rounded-xl border">
          {result.data.notifications.map((n) => {
            const { text, href } = describeNotification(n.kind, n.payload);
            const body = (
              <>
                <span aria-hidden className={cn('mt-1.5 size-2 shrink-0 rounded-full', n.read_at ? 'bg-transparent' : 'bg-primary')} />
                <span className="min-w-0 flex-1">
                  <span className={cn('block text-sm', !n.read_at && 'font-medium')}>
                    {!n.read_at ? <span className="sr-only">Unread: </span> : null}
                    {text}
                  </span>
                  <span className="block text-xs text-muted-foreground">{formatDateTime(n.created_at)}</span>
                </span>
              </>
            );
            return (
              <li key={n.id}>
                {href ? (
                  <AppLink href={href} className="flex gap-3 px-4 py-3 hover:bg-accent/40">
                    {body}
                  </AppLink>
                ) : (
                  <div className="flex gap-3 px-4 py-3">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
