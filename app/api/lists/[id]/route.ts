import { NextResponse } from 'next/server';
import { DeleteListDocument, ListAccessDocument, ListDetailDocument, UpdateListDocument } from '@/graphql/generated/graphql';
import { httpError, parseJson, parseNoInput, parseParams, type StaffRouteContext, withStaff } from '@/lib/auth';
import { listAccess, NO_SUCH_LIST } from '@/lib/lists/access';
import { listParamsSchema, listPatchSchema } from '@/lib/lists/input';

type Ctx = StaffRouteContext<{ id: string }>;

/**
 * Why Hasura changed nothing: the list is invisible to the caller (404) or visible without the right (403).
 * Asked only after a refused write, so a successful one costs a single round trip.
 */
async function refusal(ctx: Ctx, id: string, refused: string) {
  const data = await ctx.hasura(ListAccessDocument, { id, me: ctx.user.sub });
  return data.lists_by_pk ? httpError.forbidden(refused) : httpError.notFound(NO_SUCH_LIST);
}

/** One list with its items in order and its shares. */
export const GET = withStaff<{ id: string }>(async (ctx) => {
  const { id } = parseParams(ctx.params, listParamsSchema, NO_SUCH_LIST);
  await parseNoInput(ctx.req);
  const list = (await ctx.hasura(ListDetailDocument, { id })).lists_by_pk;
  if (!list) throw httpError.notFound(NO_SUCH_LIST);
  return NextResponse.json({ list: { ...list, access: listAccess(list, ctx.user.sub) } });
});

/** Renames or re-describes a list (owner, or a share with edit rights). */
export const PATCH = withStaff<{ id: string }>(async (ctx) => {
  const { id } = parseParams(ctx.params, listParamsSchema, NO_SUCH_LIST);
  const set = await parseJson(ctx.req, listPatchSchema);
  const list = (await ctx.hasura(UpdateListDocument, { id, set })).update_lists_by_pk;
  if (!list) throw await refusal(ctx, id, 'This list is shared with you read-only.');
  return NextResponse.json({ list });
});

/** Deletes a list with its items and shares (owner only). */
export const DELETE = withStaff<{ id: string }>(async (ctx) => {
  const { id } = parseParams(ctx.params, listParamsSchema, NO_SUCH_LIST);
  await parseNoInput(ctx.req);
  const deleted = (await ctx.hasura(DeleteListDocument, { id })).delete_lists_by_pk;
  if (!deleted) throw await refusal(ctx, id, 'Only the list’s owner can delete it.');
  return new NextResponse(null, { status: 204 });
});
