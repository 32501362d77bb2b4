import { NextResponse } from 'next/server';
import { ListItemOrderDocument, RemoveListItemDocument, UpdateListItemsDocument, type List_Items_Updates } from '@/graphql/generated/graphql';
import { httpError, parseJson, parseNoInput, parseParams, type StaffRouteContext, withStaff } from '@/lib/auth';
import { listAccess, reorder } from '@/lib/lists/access';
import { listItemParamsSchema, listItemPatchSchema } from '@/lib/lists/input';

type Params = { id: string; itemId: string };

const NO_SUCH_ITEM = 'No such item on this list, or the list is not shared with you.';

/** The list's items in order and the caller's rights; the 404 when they cannot see the list. */
async function itemsAndRights(ctx: StaffRouteContext<Params>, listId: string) {
  const list = (await ctx.hasura(ListItemOrderDocument, { listId, me: ctx.user.sub })).lists_by_pk;
  if (!list) throw httpError.notFound(NO_SUCH_ITEM);
  return { items: list.items, access: listAccess(list, ctx.user.sub) };
}

/** The list's items in order, if the caller may edit the list; else the 404/403 that says why not. */
async function editableItems(ctx: StaffRouteContext<Params>, listId: string) {
  const { items, access } = await itemsAndRights(ctx, listId);
  if (access === 'read') throw httpError.forbidden('This list is shared with you read-only.');
  return items;
}

/**
 * Changes an item's note and/or moves it to a 0-based position (the list is renumbered in its new order). Someone
 * the item alone is shared with, with edit rights, may change its note; moving takes the list's rights.
 */
export const PATCH = withStaff<Params>(async (ctx) => {
  const { id, itemId } = parseParams(ctx.params, listItemParamsSchema, NO_SUCH_ITEM);
  const input = await parseJson(ctx.req, listItemPatchSchema);
  const { items, access } = await itemsAndRights(ctx, id);
  const current = items.find((i) => i.id === itemId);
  if (!current) throw httpError.notFound(NO_SUCH_ITEM);
  if (access === 'read') {
    if (!current.shares.some((s) => s.can_edit)) throw httpError.forbidden('This list is shared with you read-only.');
    if (input.position !== undefined) throw httpError.forbidden('You may change this item’s note only: moving items takes edit rights on the list.');
  }

  const moves = input.position === undefined ? [] : reorder(items, itemId, input.position);
  const where = (itemId: string) => ({ id: { _eq: itemId }, list_id: { _eq: id } });
  // The item itself is always written first (its note, its position), so the answer carries its new state.
  const target: List_Items_Updates = {
    where: where(itemId),
    _set: { ...(input.note !== undefined ? { note: input.note } : {}), position: moves.find((m) => m.id === itemId)?.position ?? current.position },
  };
  const others = moves.filter((m) => m.id !== itemId).map((m): List_Items_Updates => ({ where: where(m.id), _set: { position: m.position } }));
  const data = await ctx.hasura(UpdateListItemsDocument, { updates: [target, ...others] });
  const item = data.update_list_items_many?.[0]?.returning[0];
  if (!item) throw httpError.notFound(NO_SUCH_ITEM);
  return NextResponse.json({ item });
});

/** Removes an item from a list (owner, or a share with edit rights). */
export const DELETE = withStaff<Params>(async (ctx) => {
  const { id, itemId } = parseParams(ctx.params, listItemParamsSchema, NO_SUCH_ITEM);
  await parseNoInput(ctx.req);
  const data = await ctx.hasura(RemoveListItemDocument, { listId: id, itemId });
  if (data.delete_list_items?.affected_rows) return new NextResponse(null, { status: 204 });
  await editableItems(ctx, id);
  throw httpError.notFound(NO_SUCH_ITEM);
});
