import { NextResponse } from 'next/server';
import { UnreadNotificationCountDocument } from '@/graphql/generated/graphql';
import { withStaff } from '@/lib/auth';
import { runAsCaller } from '@/lib/route-upstream';

export const GET = withStaff(async (ctx) => {
  const ran = await runAsCaller(UnreadNotificationCountDocument, {}, ctx, 'unread notification count');
  if (!ran.ok) return ran.response;
  return NextResponse.json({ unread_count: ran.data.notifications_aggregate.aggregate?.count ?? 0 });
});
