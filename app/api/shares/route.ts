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
import { apiError, parseJson, parseQuery, withStaff, type StaffRouteContext } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { runAsCaller, type Ran } from '@/lib/route-upstream';
import { shareCreateSchema, shareQuerySchema, shareRevokeSchema, type ShareCreateInput } from '@/lib/shares/input';

type Ctx = StaffRouteContext<Record<string, string>>;

const noSuchList = () => apiError(404, 'not_found', 'No such list, or it is not shared with you.');
const noSuchItem = () => apiError(404, 'not_found', 'No such list item, or it is not shared with you.');
const noSuchUser = () => apiError(422, 'invalid_input', 'user_id: no such staff member', { field: 'user_id' });
const alreadyShared = (ran: Ran<unknown>) =>
  !ran.ok && ran.response.status === 409 ? apiError(409, 'conflict', 'This is already shared with that person.') : undefined;

/** Who has access: a list's owner and shares (?list_id=), or the people one item is shared with (?item_id=). */
export const GET = withStaff(async (ctx) => {
  const query = parseQuery(ctx.req, shareQuerySchema);
  if (query.list_id) {
    const ran = await runAsCaller(ListSharesDocument, { listId: query.list_id }, ctx, 'list shares');
    if (!ran.ok) return ran.response;
    const list = ran.data.lists_by_pk;
    if (!list) return noSuchList();
    return NextResponse.json({ list_id: list.id, owner: list.owner, shares: list.shares });
  }
  const ran = await runAsCaller(ItemSharesDocument, { itemId: query.item_id! }, ctx, 'item shares');
  if (!ran.ok) return ran.response;
  const item = ran.data.list_items_by_pk;
  if (!item) return noSuchItem();
  return NextResponse.json({ item_id: item.id, list_id: item.list_id, shares: item.shares });
});

async function shareList(ctx: Ctx, input: ShareCreateInput & { list_id: string }) {
  const target = await runAsCaller(ListShareTargetDocument, { listId: input.list_id, userId: input.user_id }, ctx, 'list share target');
  if (!target.ok) return target.response;
  const list = target.data.lists_by_pk;
  if (!list) return noSuchList();
  if (list.owner_id !== ctx.user.sub) return apiError(403, 'forbidden', 'Only the list’s owner can share it.');
  if (!target.data.users_by_pk) return noSuchUser();
  const ran = await runAsCaller(ShareListDocument, { object: { list_id: list.id, user_id: input.user_id, can_edit: input.can_edit } }, ctx, 'list share');
  if (!ran.ok) return alreadyShared(ran) ?? ran.response;
  return NextResponse.json({ share: ran.data.insert_list_shares_one }, { status: 201 });
}

async function shareItem(ctx: Ctx, input: ShareCreateInput & { item_id: string }) {
  const target = await runAsCaller(ItemShareTargetDocument, { itemId: input.item_id, userId: input.user_id, me: ctx.user.sub }, ctx, 'item share target');
  if (!target.ok) return target.response;
  const item = target.data.list_items_by_pk;
  if (!item?.list) return noSuchItem();
  if (listAccess(item.list, ctx.user.sub) === 'read') return apiError(403, 'forbidden', 'Only people who can edit the list can share its items.');
  if (!target.data.users_by_pk) return noSuchUser();
  const ran = await runAsCaller(ShareItemDocument, { object: { item_id: item.id, user_id: input.user_id } }, ctx, 'item share');
  if (!ran.ok) return alreadyShared(ran) ?? ran.response;
  return NextResponse.json({ share: ran.data.insert_item_shares_one }, { status: 201 });
}

/** Shares a list (read-only, or with edit rights) or one item (read-only) with a staff member. */
export const POST = withStaff(async (ctx) => {
  const input = await parseJson(ctx.req, shareCreateSchema);
  if (input.user_id === ctx.user.sub) return apiError(422, 'invalid_input', 'user_id: you already have access to what you share', { field: 'user_id' });
  return input.list_id ? shareList(ctx, { ...input, list_id: input.list_id }) : shareItem(ctx, { ...input, item_id: input.item_id! });
});

/** Revokes a share (the list's owner, or whoever shared the item), or leaves a list or item shared with you. */
export const DELETE = withStaff(async (ctx) => {
  const input = parseQuery(ctx.req, shareRevokeSchema);
  const ran = input.list_id
    ? await runAsCaller(RevokeListShareDocument, { listId: input.list_id, userId: input.user_id }, ctx, 'list share revoke')
    : await runAsCaller(RevokeItemShareDocument, { itemId: input.item_id!, userId: input.user_id }, ctx, 'item share revoke');
  if (!ran.ok) return ran.response;
  const revoked = 'delete_list_shares_by_pk' in ran.data ? ran.data.delete_list_shares_by_pk : ran.data.delete_item_shares_by_pk;
  if (revoked) return new NextResponse(null, { status: 204 });
  return apiError(404, 'not_found', 'No such share, or it is not yours to revoke.');
});
