import { NextResponse } from 'next/server';
import { UnreadNotificationCountDocument } from '@/graphql/generated/graphql';
import { parseNoInput, withStaff } from '@/lib/auth';

export const GET = withStaff(async (ctx) => {
  await parseNoInput(ctx.req);
  const data = await ctx.hasura(UnreadNotificationCountDocument, {});
  return NextResponse.json({ unread_count: data.notifications_aggregate.aggregate?.count ?? 0 });
});
