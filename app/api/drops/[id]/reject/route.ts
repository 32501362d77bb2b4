import { NextResponse } from 'next/server';
import { parseJson, withStaff } from '@/lib/auth';
import { dropRejectSchema } from '@/lib/drops/input';
import { assertReviewable, dropId, review } from '../../review';

/** Rejects a pending drop: reviewed and discarded, linked to no phenom. Takes no body (or an empty object). */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  const id = dropId(ctx);
  await parseJson(ctx.req, dropRejectSchema, { optional: true });
  await assertReviewable(ctx, id);
  return NextResponse.json({ drop: await review(ctx, id, { status: 'rejected', phenom_id: null }) });
});
