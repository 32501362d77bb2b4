import { z } from 'zod';

// The inputs of /api/shares: a share is of a whole list or of one item, read-only or with edit rights (a list's
// editor changes its name, description and items; an item's editor changes that item's note).

/** users.id is the Cognito `sub` (the column allows 1–128 characters). */
const userId = z.string({ error: 'must be a user id' }).trim().min(1, { error: 'must be a user id' }).max(128, { error: 'must be a user id (at most 128 characters)' });

const target = {
  list_id: z.uuid({ error: 'must be a list id (UUID)' }).optional(),
  item_id: z.uuid({ error: 'must be a list item id (UUID)' }).optional(),
};

const oneTarget: [(value: { list_id?: string; item_id?: string }) => boolean, { error: string; path: string[] }] = [
  (value) => (value.list_id === undefined) !== (value.item_id === undefined),
  { error: 'Name exactly one of list_id (share a list) or item_id (share one item)', path: ['list_id'] },
];

/** POST /api/shares */
export const shareCreateSchema = z
  .object({ ...target, user_id: userId, can_edit: z.boolean({ error: 'must be true or false' }).default(false) })
  .strict()
  .refine(...oneTarget);
export type ShareCreateInput = z.output<typeof shareCreateSchema>;

/** GET /api/shares?list_id=… or ?item_id=… : who has access. */
export const shareQuerySchema = z
  .object(target)
  .strict()
  .refine(...oneTarget);

/** DELETE /api/shares?list_id=…&user_id=… (or item_id): revoke, or leave a list shared with you. */
export const shareRevokeSchema = z
  .object({ ...target, user_id: userId })
  .strict()
  .refine(...oneTarget);
