import { NextResponse } from 'next/server';
import { MarkNotificationReadDocument, NotificationByIdDocument } from '@/graphql/generated/graphql';
import { apiError, withStaff } from '@/lib/auth';
import { notificationIdSchema } from '@/lib/notifications/input';
import { presentNotification } from '@/lib/notifications/present';
import { runAsCaller } from '@/lib/route-upstream';

const noSuchNotification = () => apiError(404, 'not_found', 'No such notification.');

/** Marks one of the caller's notifications read (one already read keeps its first read_at). */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  if (!notificationIdSchema.safeParse(ctx.params.id).success) return noSuchNotification();
  const marked = await runAsCaller(MarkNotificationReadDocument, { id: ctx.params.id, at: new Date().toISOString() }, ctx, 'notification read');
  if (!marked.ok) return marked.response;
  const ran = await runAsCaller(NotificationByIdDocument, { id: ctx.params.id }, ctx, 'notification');
  if (!ran.ok) return ran.response;
  // Someone else's notification is invisible, so it is as missing as one that never existed.
  if (!ran.data.notifications_by_pk) return noSuchNotification();
  return NextResponse.json({ notification: presentNotification(ran.data.notifications_by_pk) });
});
