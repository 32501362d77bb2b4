import { z } from 'zod';
import { exactObject, userIdSchema } from '@/lib/input/exact-object';

// The inputs of /api/shares: a share is of a whole list (read-only or with edit rights) or of one item (read-only).

const target = {
  list_id: z.uuid({ error: 'must be a list id (UUID)' }).optional(),
  item_id: z.uuid({ error: 'must be a list item id (UUID)' }).optional(),
};

const oneTarget = <T extends { list_id?: string; item_id?: string }>(value: T) => (value.list_id === undefined) !== (value.item_id === undefined);
const ONE_TARGET = { error: 'Name exactly one of list_id (share a list) or item_id (share one item)', path: ['list_id'] };

/** POST /api/shares */
export const shareCreateSchema = exactObject({ ...target, user_id: userIdSchema, can_edit: z.boolean({ error: 'must be true or false' }).default(false) })
  .refine(oneTarget, ONE_TARGET)
  // Edit rights are a property of the list: an item share only lets someone see that item.
  .refine((v) => !(v.item_id && v.can_edit), { error: 'cannot be true for one item: share the list to let someone edit', path: ['can_edit'] });
export type ShareCreateInput = z.output<typeof shareCreateSchema>;

/** GET /api/shares?list_id=… or ?item_id=… : who has access. */
export const shareQuerySchema = exactObject(target).refine(oneTarget, ONE_TARGET);

/** DELETE /api/shares?list_id=…&user_id=… (or item_id): revoke, or leave a list shared with you. */
export const shareRevokeSchema = exactObject({ ...target, user_id: userIdSchema }).refine(oneTarget, ONE_TARGET);
