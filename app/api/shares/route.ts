import { NextResponse } from 'next/server';
import {
  ItemShareTargetDocument,
  ItemSharesDocument,
  ListShareTargetDocument,
  ListSharesDocument,
  RevokeItemShareDocument,
  RevokeListShareDocument,
  ShareItemDocument,
  ShareListDocument,
} from '@/graphql/generated/graphql';
import { withConflictMessage } from '@/lib/api/conflict';
import { httpError, parseJson, parseQuery, withStaff, type StaffRouteContext } from '@/lib/auth';
import { listAccess, NO_SUCH_LIST } from '@/lib/lists/access';
import { shareCreateSchema, shareQuerySchema, shareRevokeSchema, type ShareCreateInput } from '@/lib/shares/input';

type Ctx = StaffRouteContext<Record<string, string>>;

const NO_SUCH_ITEM = 'No such list item, or it is not shared with you.';
const ALREADY_SHARED = 'This is already shared with that person.';
const noSuchUser = () => httpError.invalid('user_id', 'no such staff member');

/** Who has access: a list's owner and shares (?list_id=), or the people one item is shared with (?item_id=). */
export const GET = withStaff(async (ctx) => {
  const query = parseQuery(ctx.req, shareQuerySchema);
  if (query.list_id) {
    const list = (await ctx.hasura(ListSharesDocument, { listId: query.list_id })).lists_by_pk;
    if (!list) throw httpError.notFound(NO_SUCH_LIST);
    return NextResponse.json({ list_id: list.id, owner: list.owner, shares: list.shares });
  }
  const item = (await ctx.hasura(ItemSharesDocument, { itemId: query.item_id! })).list_items_by_pk;
  if (!item) throw httpError.notFound(NO_SUCH_ITEM);
  return NextResponse.json({ item_id: item.id, list_id: item.list_id, shares: item.shares });
});

async function shareList(ctx: Ctx, listId: string, input: ShareCreateInput) {
  const target = await ctx.hasura(ListShareTargetDocument, { listId, userId: input.user_id });
  if (!target.lists_by_pk) throw httpError.notFound(NO_SUCH_LIST);
  if (target.lists_by_pk.owner_id !== ctx.user.sub) throw httpError.forbidden('Only the list’s owner can share it.');
  if (!target.users_by_pk) throw noSuchUser();
  const object = { list_id: listId, user_id: input.user_id, can_edit: input.can_edit };
  const data = await withConflictMessage(ctx.hasura(ShareListDocument, { object }), ALREADY_SHARED);
  return NextResponse.json({ share: data.insert_list_shares_one }, { status: 201 });
}

async function shareItem(ctx: Ctx, itemId: string, input: ShareCreateInput) {
  const target = await ctx.hasura(ItemShareTargetDocument, { itemId, userId: input.user_id, me: ctx.user.sub });
  const list = target.list_items_by_pk?.list;
  if (!list) throw httpError.notFound(NO_SUCH_ITEM);
  if (listAccess(list, ctx.user.sub) === 'read') throw httpError.forbidden('Only people who can edit the list can share its items.');
  if (!target.users_by_pk) throw noSuchUser();
  const data = await withConflictMessage(ctx.hasura(ShareItemDocument, { object: { item_id: itemId, user_id: input.user_id, can_edit: input.can_edit } }), ALREADY_SHARED);
  return NextResponse.json({ share: data.insert_item_shares_one }, { status: 201 });
}

/** Shares a list or one item with a staff member, read-only or with edit rights (for an item: its note). */
export const POST = withStaff(async (ctx) => {
  const input = await parseJson(ctx.req, shareCreateSchema);
  if (input.user_id === ctx.user.sub) throw httpError.invalid('user_id', 'you already have access to what you share');
  return input.list_id ? shareList(ctx, input.list_id, input) : shareItem(ctx, input.item_id!, input);
});

/** Revokes a share (the list's owner, or whoever shared the item), or leaves a list or item shared with you. */
export const DELETE = withStaff(async (ctx) => {
  const input = parseQuery(ctx.req, shareRevokeSchema);
  const revoked = input.list_id
    ? (await ctx.hasura(RevokeListShareDocument, { listId: input.list_id, userId: input.user_id })).delete_list_shares_by_pk
    : (await ctx.hasura(RevokeItemShareDocument, { itemId: input.item_id!, userId: input.user_id })).delete_item_shares_by_pk;
  if (!revoked) throw httpError.notFound('No such share, or it is not yours to revoke.');
  return new NextResponse(null, { status: 204 });
});
