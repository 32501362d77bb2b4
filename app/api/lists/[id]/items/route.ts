import { NextResponse } from 'next/server';
import { AddListItemDocument, ListItemContextDocument } from '@/graphql/generated/graphql';
import { apiError, parseJson, withStaff } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { listIdSchema, listItemAddSchema } from '@/lib/lists/input';
import { runAsCaller } from '@/lib/route-upstream';

/** Adds a phenom at the end of a list, with a note (owner, or a share with edit rights). */
export const POST = withStaff<{ id: string }>(async (ctx) => {
  if (!listIdSchema.safeParse(ctx.params.id).success) return apiError(404, 'not_found', 'No such list, or it is not shared with you.');
  const input = await parseJson(ctx.req, listItemAddSchema);
  const context = await runAsCaller(ListItemContextDocument, { listId: ctx.params.id, phenomId: input.phenom_id, me: ctx.user.sub }, ctx, 'list item context');
  if (!context.ok) return context.response;
  const list = context.data.lists_by_pk;
  if (!list) return apiError(404, 'not_found', 'No such list, or it is not shared with you.');
  if (listAccess(list, ctx.user.sub) === 'read') return apiError(403, 'forbidden', 'This list is shared with you read-only.');
  if (!context.data.phenom_by_pk) return apiError(422, 'invalid_input', 'phenom_id: no such phenom', { field: 'phenom_id' });

  // Appended after the last one; two adds racing may share a position, which the order's tie-breakers settle.
  const last = list.items_aggregate.aggregate?.max?.position;
  const position = last === null || last === undefined ? 0 : last + 1;
  const ran = await runAsCaller(AddListItemDocument, { object: { list_id: list.id, phenom_id: input.phenom_id, note: input.note, position } }, ctx, 'list item add');
  if (!ran.ok) {
    if (ran.response.status === 409) return apiError(409, 'conflict', 'That phenom is already on this list.');
    return ran.response;
  }
  return NextResponse.json({ item: ran.data.insert_list_items_one }, { status: 201 });
});
