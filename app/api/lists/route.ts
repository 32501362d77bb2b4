import { NextResponse } from 'next/server';
import { CreateListDocument, MyListsDocument } from '@/graphql/generated/graphql';
import { parseJson, parseNoInput, withStaff } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { listCreateSchema } from '@/lib/lists/input';

/** The caller's lists and those shared with them (whole, or through one item), newest change first. */
export const GET = withStaff(async (ctx) => {
  await parseNoInput(ctx.req);
  const data = await ctx.hasura(MyListsDocument, {});
  const lists = data.lists.map(({ items_aggregate, shares, ...list }) => ({
    ...list,
    item_count: items_aggregate.aggregate?.count ?? 0,
    access: listAccess({ owner_id: list.owner?.id ?? '', shares }, ctx.user.sub),
  }));
  return NextResponse.json({ lists });
});

/** A new list, owned by the caller (the owner is preset from the token, never taken from the body). */
export const POST = withStaff(async (ctx) => {
  const object = await parseJson(ctx.req, listCreateSchema);
  const data = await ctx.hasura(CreateListDocument, { object });
  return NextResponse.json({ list: data.insert_lists_one }, { status: 201 });
});
