import { NextResponse } from 'next/server';
import { AddListItemDocument, ListItemContextDocument } from '@/graphql/generated/graphql';
import { withConflictMessage } from '@/lib/api/conflict';
import { httpError, parseJson, parseParams, withStaff } from '@/lib/auth';
import { listAccess, NO_SUCH_LIST } from '@/lib/lists/access';
import { listItemAddSchema, listParamsSchema, MAX_LIST_ITEMS } from '@/lib/lists/input';

/** Adds a phenom at the end of a list, with a note (owner, or a share with edit rights). */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  const { id } = parseParams(ctx.params, listParamsSchema, NO_SUCH_LIST);
  const input = await parseJson(ctx.req, listItemAddSchema);
  const context = await ctx.hasura(ListItemContextDocument, { listId: id, phenomId: input.phenom_id, me: ctx.user.sub });
  const list = context.lists_by_pk;
  if (!list) throw httpError.notFound(NO_SUCH_LIST);
  if (listAccess(list, ctx.user.sub) === 'read') throw httpError.forbidden('This list is shared with you read-only.');
  if (!context.phenom_by_pk) throw httpError.invalid('phenom_id', 'no such phenom');
  if ((list.items_aggregate.aggregate?.count ?? 0) >= MAX_LIST_ITEMS) throw httpError.conflict(`This list is full: a list holds at most ${MAX_LIST_ITEMS} phenoms.`);

  // Appended after the last one; two adds racing may share a position, which the order's tie-breakers settle.
  const last = list.items_aggregate.aggregate?.max?.position;
  const position = last === null || last === undefined ? 0 : last + 1;
  const data = await withConflictMessage(
    ctx.hasura(AddListItemDocument, { object: { list_id: id, phenom_id: input.phenom_id, note: input.note, position } }),
    'That phenom is already on this list.',
  );
  return NextResponse.json({ item: data.insert_list_items_one }, { status: 201 });
});
