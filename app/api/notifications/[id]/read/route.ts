import { NextResponse } from 'next/server';
import { MarkNotificationReadDocument, NotificationByIdDocument } from '@/graphql/generated/graphql';
import { httpError, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { notificationParamsSchema } from '@/lib/notifications/input';
import { presentNotification } from '@/lib/notifications/present';

// Someone else's notification is invisible, so it is as missing as one that never existed.
const NO_SUCH_NOTIFICATION = 'No such notification.';

/** Marks one of the caller's notifications read (one already read keeps its first read_at). */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  const { id } = parseParams(ctx.params, notificationParamsSchema, NO_SUCH_NOTIFICATION);
  await parseNoInput(ctx.req);
  await ctx.hasura(MarkNotificationReadDocument, { id, at: new Date().toISOString() });
  const notification = (await ctx.hasura(NotificationByIdDocument, { id })).notifications_by_pk;
  if (!notification) throw httpError.notFound(NO_SUCH_NOTIFICATION);
  return NextResponse.json({ notification: presentNotification(notification) });
});
