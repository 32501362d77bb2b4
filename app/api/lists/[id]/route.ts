import { NextResponse } from 'next/server';
import { DeleteListDocument, ListAccessDocument, ListDetailDocument, UpdateListDocument } from '@/graphql/generated/graphql';
import { apiError, parseJson, withStaff, type StaffRouteContext } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { listIdSchema, listPatchSchema } from '@/lib/lists/input';
import { runAsCaller } from '@/lib/route-upstream';

type Ctx = StaffRouteContext<{ id: string }>;

// An id that cannot exist names a missing resource, not a bad request.
const noSuchList = () => apiError(404, 'not_found', 'No such list, or it is not shared with you.');

/**
 * Why Hasura changed nothing: the list is invisible to the caller (404) or visible without the right (403).
 * Asked only after a refused write, so a successful one costs a single round trip.
 */
async function explainRefusal(ctx: Ctx, refused: string) {
  const ran = await runAsCaller(ListAccessDocument, { id: ctx.params.id, me: ctx.user.sub }, ctx, 'list access');
  if (!ran.ok) return ran.response;
  if (!ran.data.lists_by_pk) return noSuchList();
  return apiError(403, 'forbidden', refused);
}

/** One list with its items in order and its shares. */
export const GET = withStaff<{ id: string }>(async (ctx) => {
  if (!listIdSchema.safeParse(ctx.params.id).success) return noSuchList();
  const ran = await runAsCaller(ListDetailDocument, { id: ctx.params.id }, ctx, 'list detail');
  if (!ran.ok) return ran.response;
  const list = ran.data.lists_by_pk;
  if (!list) return noSuchList();
  return NextResponse.json({ list: { ...list, access: listAccess(list, ctx.user.sub) } });
});

/** Renames or re-describes a list (owner, or a share with edit rights). */
export const PATCH = withStaff<{ id: string }>(async (ctx) => {
  if (!listIdSchema.safeParse(ctx.params.id).success) return noSuchList();
  const set = await parseJson(ctx.req, listPatchSchema);
  const ran = await runAsCaller(UpdateListDocument, { id: ctx.params.id, set }, ctx, 'list update');
  if (!ran.ok) return ran.response;
  if (ran.data.update_lists_by_pk) return NextResponse.json({ list: ran.data.update_lists_by_pk });
  return explainRefusal(ctx, 'This list is shared with you read-only.');
});

/** Deletes a list with its items and shares (owner only). */
export const DELETE = withStaff<{ id: string }>(async (ctx) => {
  if (!listIdSchema.safeParse(ctx.params.id).success) return noSuchList();
  const ran = await runAsCaller(DeleteListDocument, { id: ctx.params.id }, ctx, 'list delete');
  if (!ran.ok) return ran.response;
  if (ran.data.delete_lists_by_pk) return new NextResponse(null, { status: 204 });
  return explainRefusal(ctx, 'Only the list’s owner can delete it.');
});
