'use client';

import { useEffect } from 'react';
import { AppLink } from '@/components/navigation/app-link';
import { NOTIFICATIONS_CHANGED } from '@/components/notifications/notification-events';
import { Bell } from 'lucide-react';
import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '@/graphql/generated/graphql';

/** How often the badge asks for the unread count: fresh enough to notice, light on the engine. */
export const BELL_POLL_MS = 30_000;

/** The header bell: links to /notifications and shows the caller's unread count, polled through /api/graphql. */
export function NotificationBell() {
  // no-cache: the answer is one number read afresh each time; nothing to normalise or share between components.
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { pollInterval: BELL_POLL_MS, fetchPolicy: 'no-cache' });
  // Between polls: at once when this tab marks something read, and when the tab comes back into view.
  useEffect(() => {
    const again = () => void refetch().catch(() => undefined);
    const onVisible = () => document.visibilityState === 'visible' && again();
    window.addEventListener(NOTIFICATIONS_CHANGED, again);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener(NOTIFICATIONS_CHANGED, again);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refetch]);
  const unread = data?.notifications_aggregate.aggregate?.count ?? 0;
  // Not "Notifications": the sidebar's link has that name, and the two must stay distinguishable.
  const label = unread === 0 ? 'Nothing unread' : `Unread: ${unread}`;
  return (
    <AppLink href="/notifications" aria-label={label} title={label} className="relative inline-flex size-9 items-center justify-center rounded-md hover:bg-accent">
      <Bell className="size-5" aria-hidden />
      {unread > 0 ? (
        <span data-testid="unread-count" className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-primary px-1 text-center text-[10px] font-semibold leading-4 text-primary-foreground">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </AppLink>
  );
}
