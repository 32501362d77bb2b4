import { NextResponse } from 'next/server';
import { NotificationPageDocument, type Notifications_Bool_Exp } from '@/graphql/generated/graphql';
import { parseQuery, withStaff } from '@/lib/auth';
import { notificationListQuerySchema } from '@/lib/notifications/input';
import { presentNotification } from '@/lib/notifications/present';

/** The caller's notifications, newest first (`before` pages back, `unread=true` narrows), with the unread count. */
export const GET = withStaff(async (ctx) => {
  const query = parseQuery(ctx.req, notificationListQuerySchema);
  const where: Notifications_Bool_Exp = {
    ...(query.unread ? { read_at: { _is_null: true } } : {}),
    ...(query.before ? { created_at: { _lt: query.before } } : {}),
  };
  const data = await ctx.hasura(NotificationPageDocument, { limit: query.limit, where });
  const notifications = data.notifications.map(presentNotification);
  const last = notifications.at(-1);
  return NextResponse.json({
    notifications,
    unread_count: data.unread.aggregate?.count ?? 0,
    // Where the next page starts; null when this one was not full.
    next_before: notifications.length === query.limit && last ? last.created_at : null,
  });
});
