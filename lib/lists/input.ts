import { z } from 'zod';

// The inputs of /api/lists and of the list forms (issue 11 reuses these schemas). Objects are strict: an unknown
// key is a 422 naming it (lib/api/parse), never silently ignored.

export const listIdSchema = z.uuid();
export const listParamsSchema = z.object({ id: listIdSchema });
export const listItemParamsSchema = z.object({ id: listIdSchema, itemId: z.uuid() });

const name = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(120, { error: 'must be at most 120 characters' });
const description = z.string({ error: 'must be text' }).trim().max(2000, { error: 'must be at most 2000 characters' });
const note = z.string({ error: 'must be text' }).trim().max(2000, { error: 'must be at most 2000 characters' });

const someOf = (fields: readonly string[]) =>
  [(value: Record<string, unknown>) => fields.some((f) => value[f] !== undefined), { error: `Nothing to change: send at least one of ${fields.join(', ')}` }] as const;

/** POST /api/lists */
export const listCreateSchema = z.object({ name, description: description.default('') }).strict();
export type ListCreateInput = z.output<typeof listCreateSchema>;

/** PATCH /api/lists/:id */
export const listPatchSchema = z
  .object({ name: name.optional(), description: description.optional() })
  .strict()
  .refine(...someOf(['name', 'description']));
export type ListPatchInput = z.output<typeof listPatchSchema>;

/** POST /api/lists/:id/items: the phenom is appended at the end of the list. */
export const listItemAddSchema = z.object({ phenom_id: z.uuid({ error: 'must be a phenom id (UUID)' }), note: note.default('') }).strict();
export type ListItemAddInput = z.output<typeof listItemAddSchema>;

/**
 * Items per list: staff reads return at most 1000 list items per request (the row limit in hasura/metadata), and
 * a move must see every item of the list to renumber it.
 */
export const MAX_LIST_ITEMS = 1000;

/** Large enough for any real list, small enough that positions stay far from the integer column's limit. */
export const MAX_POSITION = 100_000;

/**
 * PATCH /api/lists/:id/items/:itemId. `position` is the 0-based place in the list to move the item to (past the
 * end: the end); the list is then renumbered 0…n−1 in its new order.
 */
export const listItemPatchSchema = z
  .object({
    note: note.optional(),
    position: z
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be 0 or more' })
      .max(MAX_POSITION, { error: `must be at most ${MAX_POSITION}` })
      .optional(),
  })
  .strict()
  .refine(...someOf(['note', 'position']));
export type ListItemPatchInput = z.output<typeof listItemPatchSchema>;
