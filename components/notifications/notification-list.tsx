'use client';

import { useState } from 'react';
import { CheckCheck } from 'lucide-react';
import { AppLink } from '@/components/navigation/app-link';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/api/client';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { cn } from '@/lib/utils';
import { announceNotificationsChanged } from '@/components/notifications/notification-events';

export interface ShownNotification {
  id: string;
  text: string;
  href?: string;
  read_at: string | null;
  created_at: string;
}

/**
 * The notifications with "mark read" (one, or all) and a link to what each is about; opening one marks it read.
 * A mark that fails puts the item back to unread and says why.
 */
export function NotificationList({ notifications }: { notifications: ShownNotification[] }) {
  const [items, setItems] = useState(notifications);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const unread = items.filter((n) => !n.read_at).length;

  const setRead = (ids: Set<string> | 'all', readAt: string | null) =>
    setItems((all) => all.map((n) => (ids === 'all' ? !n.read_at : ids.has(n.id)) ? { ...n, read_at: readAt } : n));

  async function markRead(id: string) {
    setError(null);
    setRead(new Set([id]), new Date().toISOString());
    const result = await callApi('POST', `/api/notifications/${id}/read`);
    if (!result.ok) {
      setRead(new Set([id]), null);
      setError(`Not marked read: ${result.message}`);
    }
    announceNotificationsChanged();
  }

  async function markAll() {
    setError(null);
    setPending(true);
    const before = new Set(items.filter((n) => !n.read_at).map((n) => n.id));
    setRead('all', new Date().toISOString());
    const result = await callApi('POST', '/api/notifications/read-all');
    setPending(false);
    if (!result.ok) {
      setRead(before, null);
      setError(`Not marked read: ${result.message}`);
    }
    announceNotificationsChanged();
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex min-h-9 flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-muted-foreground">
          {unread ? `${unread} unread` : 'All caught up.'}
        </p>
        <Button variant="outline" size="sm" onClick={markAll} disabled={unread === 0 || pending}>
          <CheckCheck aria-hidden />
          Mark all read
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <ul className="divide-y rounded-xl border" aria-label="Notifications">
        {items.map((n) => {
          const body = (
            <>
              <span aria-hidden className={cn('mt-1.5 size-2 shrink-0 rounded-full', n.read_at ? 'bg-transparent' : 'bg-primary')} />
              <span className="min-w-0 flex-1">
                <span className={cn('block text-sm', !n.read_at && 'font-medium')}>
                  {!n.read_at ? <span className="sr-only">Unread: </span> : null}
                  {n.text}
                </span>
                <span className="block text-xs text-muted-foreground">{formatDateTime(n.created_at)}</span>
              </span>
            </>
          );
          return (
            <li key={n.id} className="flex items-center gap-2 pr-3">
              {n.href ? (
                <AppLink href={n.href} onClick={() => (n.read_at ? undefined : void markRead(n.id))} className="flex min-w-0 flex-1 gap-3 px-4 py-3 hover:bg-accent/40">
                  {body}
                </AppLink>
              ) : (
                <div className="flex min-w-0 flex-1 gap-3 px-4 py-3">{body}</div>
              )}
              {!n.read_at ? (
                <Button variant="ghost" size="sm" onClick={() => markRead(n.id)} aria-label={`Mark read: ${n.text}`}>
                  Mark read
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
