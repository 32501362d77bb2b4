import { NextResponse } from 'next/server';
import { DropPromoteDocument } from '@/graphql/generated/graphql';
import { httpError, parseJson, withStaff } from '@/lib/auth';
import { dropPromoteSchema } from '@/lib/drops/input';
import { captureSkyAtIntake, intakeSkyAnswer } from '@/lib/screening/intake';
import { assertReviewable, dropId } from '../../review';

/**
 * Promotes a pending drop to a new phenom: promote_drop() inserts the phenom and accepts the drop pointing at
 * it in one transaction, so a failure leaves neither (and a drop reviewed meanwhile is a 409, nothing written).
 * Then the sky of the report is captured, as at manual intake (app/api/phenoms/route.ts): after the commit, so a
 * failed capture cannot undo the promotion.
 */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  const id = dropId(ctx);
  const fields = await parseJson(ctx.req, dropPromoteSchema);
  await assertReviewable(ctx, id);
  // Omitted fields take the function's defaults (an explicit null would override them).
  const args = Object.fromEntries(Object.entries({ drop_id: id, ...fields }).filter(([, v]) => v !== undefined));
  const data = await ctx.hasura(DropPromoteDocument, { args });
  const [phenom] = data.promote_drop;
  if (!phenom) throw httpError.upstreamError();
  const sky = intakeSkyAnswer(await captureSkyAtIntake(phenom.id, ctx.idToken));
  return NextResponse.json({ phenom, drop: { id, status: 'accepted', phenom_id: phenom.id }, sky }, { status: 201 });
});
