import { NextResponse } from 'next/server';
import { CreateListDocument, MyListsDocument } from '@/graphql/generated/graphql';
import { parseJson, withStaff } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { listCreateSchema } from '@/lib/lists/input';
import { runAsCaller } from '@/lib/route-upstream';

/** The caller's lists and those shared with them (whole, or through one item), newest change first. */
export const GET = withStaff(async (ctx) => {
  const ran = await runAsCaller(MyListsDocument, {}, ctx, 'lists');
  if (!ran.ok) return ran.response;
  const lists = ran.data.lists.map(({ items_aggregate, shares, ...list }) => ({
    ...list,
    item_count: items_aggregate.aggregate?.count ?? 0,
    access: listAccess({ owner_id: list.owner?.id ?? '', shares }, ctx.user.sub),
  }));
  return NextResponse.json({ lists });
});

/** A new list, owned by the caller (the owner is preset from the token, never taken from the body). */
export const POST = withStaff(async (ctx) => {
  const object = await parseJson(ctx.req, listCreateSchema);
  const ran = await runAsCaller(CreateListDocument, { object }, ctx, 'list create');
  if (!ran.ok) return ran.response;
  return NextResponse.json({ list: ran.data.insert_lists_one }, { status: 201 });
});
