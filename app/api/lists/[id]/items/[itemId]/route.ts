import { NextResponse } from 'next/server';
import { ListItemOrderDocument, RemoveListItemDocument, UpdateListItemsDocument, type List_Items_Updates } from '@/graphql/generated/graphql';
import { apiError, parseJson, withStaff, type StaffRouteContext } from '@/lib/auth';
import { listAccess, reorder } from '@/lib/lists/access';
import { listIdSchema, listItemPatchSchema } from '@/lib/lists/input';
import { runAsCaller } from '@/lib/route-upstream';

type Params = { id: string; itemId: string };

const noSuchItem = () => apiError(404, 'not_found', 'No such item on this list, or the list is not shared with you.');
const validIds = (p: Params) => listIdSchema.safeParse(p.id).success && listIdSchema.safeParse(p.itemId).success;

/** The list as the caller may edit it, or the response that says why not. */
async function editableList(ctx: StaffRouteContext<Params>) {
  const ran = await runAsCaller(ListItemOrderDocument, { listId: ctx.params.id, me: ctx.user.sub }, ctx, 'list item order');
  if (!ran.ok) return ran;
  const list = ran.data.lists_by_pk;
  if (!list) return { ok: false as const, response: noSuchItem() };
  if (listAccess(list, ctx.user.sub) === 'read') return { ok: false as const, response: apiError(403, 'forbidden', 'This list is shared with you read-only.') };
  return { ok: true as const, list };
}

/** Changes an item's note and/or moves it to a 0-based position (the list is renumbered in its new order). */
export const PATCH = withStaff<Params>(async (ctx) => {
  if (!validIds(ctx.params)) return noSuchItem();
  const input = await parseJson(ctx.req, listItemPatchSchema);
  const editable = await editableList(ctx);
  if (!editable.ok) return editable.response;
  const { items } = editable.list;
  if (!items.some((i) => i.id === ctx.params.itemId)) return noSuchItem();

  const moves = input.position === undefined ? [] : reorder(items, ctx.params.itemId, input.position);
  const positionOf = new Map(moves.map((m) => [m.id, m.position]));
  // The item itself is always written (its note, or its position unchanged), so the answer carries its new state.
  const target: List_Items_Updates = {
    where: { id: { _eq: ctx.params.itemId }, list_id: { _eq: ctx.params.id } },
    _set: { ...(input.note !== undefined ? { note: input.note } : {}), position: positionOf.get(ctx.params.itemId) ?? items.find((i) => i.id === ctx.params.itemId)!.position },
  };
  const others: List_Items_Updates[] = moves
    .filter((m) => m.id !== ctx.params.itemId)
    .map((m) => ({ where: { id: { _eq: m.id }, list_id: { _eq: ctx.params.id } }, _set: { position: m.position } }));
  const ran = await runAsCaller(UpdateListItemsDocument, { updates: [target, ...others] }, ctx, 'list item update');
  if (!ran.ok) return ran.response;
  const item = ran.data.update_list_items_many?.[0]?.returning[0];
  if (!item) return noSuchItem();
  return NextResponse.json({ item });
});

/** Removes an item from a list (owner, or a share with edit rights). */
export const DELETE = withStaff<Params>(async (ctx) => {
  if (!validIds(ctx.params)) return noSuchItem();
  const ran = await runAsCaller(RemoveListItemDocument, { listId: ctx.params.id, itemId: ctx.params.itemId }, ctx, 'list item remove');
  if (!ran.ok) return ran.response;
  if (ran.data.delete_list_items?.affected_rows) return new NextResponse(null, { status: 204 });
  const editable = await editableList(ctx);
  return editable.ok ? noSuchItem() : editable.response;
});
