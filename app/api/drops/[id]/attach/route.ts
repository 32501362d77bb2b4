import { NextResponse } from 'next/server';
import { parseJson, withStaff } from '@/lib/auth';
import { dropAttachSchema } from '@/lib/drops/input';
import { assertReviewable, dropId, review } from '../../review';

/** Attaches a pending drop to an existing phenom, as its evidence (accepted) or as a duplicate report. */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  const id = dropId(ctx);
  const { phenom_id, as } = await parseJson(ctx.req, dropAttachSchema);
  await assertReviewable(ctx, id, phenom_id);
  return NextResponse.json({ drop: await review(ctx, id, { status: as, phenom_id }) });
});
