import { NextResponse } from 'next/server';
import { MarkAllNotificationsReadDocument } from '@/graphql/generated/graphql';
import { parseNoInput, withStaff } from '@/lib/auth';

/** Marks every unread notification of the caller read; answers how many that was. */
export const POST = withStaff(async (ctx) => {
  await parseNoInput(ctx.req);
  const data = await ctx.hasura(MarkAllNotificationsReadDocument, { at: new Date().toISOString() });
  return NextResponse.json({ marked_read: data.update_notifications?.affected_rows ?? 0 });
});
