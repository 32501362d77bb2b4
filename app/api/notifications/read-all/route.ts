import { NextResponse } from 'next/server';
import { MarkAllNotificationsReadDocument } from '@/graphql/generated/graphql';
import { withStaff } from '@/lib/auth';
import { runAsCaller } from '@/lib/route-upstream';

/** Marks every unread notification of the caller read; answers how many that was. */
export const POST = withStaff(async (ctx) => {
  const ran = await runAsCaller(MarkAllNotificationsReadDocument, { at: new Date().toISOString() }, ctx, 'notifications read all');
  if (!ran.ok) return ran.response;
  return NextResponse.json({ marked_read: ran.data.update_notifications?.affected_rows ?? 0 });
});
