import { z } from 'zod';
import { exactObject, someField } from '@/lib/input/exact-object';

// The inputs of /api/lists and of the list forms (issue 11 reuses these schemas).

export const listIdSchema = z.uuid();

const name = z.string().trim().min(1, { error: 'must not be empty' }).max(120, { error: 'must be at most 120 characters' });
const description = z.string().trim().max(2000, { error: 'must be at most 2000 characters' });
const note = z.string().trim().max(2000, { error: 'must be at most 2000 characters' });

/** POST /api/lists */
export const listCreateSchema = exactObject({ name, description: description.default('') });
export type ListCreateInput = z.output<typeof listCreateSchema>;

const LIST_FIELDS = ['name', 'description'] as const;
const listPatchFields = someField(LIST_FIELDS);
/** PATCH /api/lists/:id */
export const listPatchSchema = exactObject({ name: name.optional(), description: description.optional() }).refine(listPatchFields.check, {
  error: listPatchFields.error,
});
export type ListPatchInput = z.output<typeof listPatchSchema>;

/** POST /api/lists/:id/items: the phenom is appended at the end of the list. */
export const listItemAddSchema = exactObject({ phenom_id: z.uuid({ error: 'must be a phenom id (UUID)' }), note: note.default('') });
export type ListItemAddInput = z.output<typeof listItemAddSchema>;

/** Large enough for any real list, small enough that positions stay far from the integer column's limit. */
export const MAX_POSITION = 100_000;

const ITEM_FIELDS = ['note', 'position'] as const;
const itemPatchFields = someField(ITEM_FIELDS);
/**
 * PATCH /api/lists/:id/items/:itemId. `position` is the 0-based place in the list to move the item to (past the
 * end: the end); the list is then renumbered 0…n−1 in its new order.
 */
export const listItemPatchSchema = exactObject({
  note: note.optional(),
  position: z.int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).max(MAX_POSITION, { error: `must be at most ${MAX_POSITION}` }).optional(),
}).refine(itemPatchFields.check, { error: itemPatchFields.error });
export type ListItemPatchInput = z.output<typeof listItemPatchSchema>;
