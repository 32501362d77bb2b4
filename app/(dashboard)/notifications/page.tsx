import type { Metadata } from 'next';
import { BellOff } from 'lucide-react';
import { NotificationPageDocument } from '@/graphql/generated/graphql';
import { staffQuery } from '@/lib/staff-query';
import { presentNotification } from '@/lib/notifications/present';
import { PageHeader } from '@/components/layout/page-header';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { NotificationList } from '@/components/notifications/notification-list';

export const metadata: Metadata = { title: 'Notifications' };

const SHOWN = 100;
const DESCRIPTION = 'Assignments, shares and new submissions, newest first.';

export default async function NotificationsPage() {
  const result = await staffQuery(NotificationPageDocument, { limit: SHOWN, where: {} });
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Notifications" description={DESCRIPTION} />
        <DataError error={result.error} />
      </>
    );
  }
  return (
    <>
      <PageHeader title="Notifications" description={DESCRIPTION} />
      {result.data.notifications.length === 0 ? (
        <EmptyState title="No notifications" icon={BellOff}>
          You will be told here when a phenom is assigned to you or a list is shared with you.
        </EmptyState>
      ) : (
        <NotificationList notifications={result.data.notifications.map(({ id, kind, payload, read_at, created_at }) => presentNotification({ id, kind, payload, read_at, created_at }))} />
      )}
    </>
  );
}
