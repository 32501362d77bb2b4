/** The 404 of every list route: a list someone may not see is as missing as one that never existed. */
export const NO_SUCH_LIST = 'No such list, or it is not shared with you.';

/** What someone may do with a list: its owner everything, a share with can_edit its items and text, else read. */
export type ListAccess = 'owner' | 'edit' | 'read';

interface ListWithShares {
  owner_id: string;
  /** The caller's own share (queries filter shares to the caller), or all shares with their user_id. */
  shares: readonly { can_edit: boolean; user_id?: string }[];
}

export function listAccess(list: ListWithShares, me: string): ListAccess {
  if (list.owner_id === me) return 'owner';
  const mine = list.shares.find((s) => s.user_id === undefined || s.user_id === me);
  return mine?.can_edit ? 'edit' : 'read';
}

/** The items in their order after moving one to `position` (0-based, clamped to the end); unchanged if absent. */
export function moveItem<T extends { id: string }>(items: readonly T[], itemId: string, position: number): T[] {
  const moved = items.find((i) => i.id === itemId);
  if (!moved) return [...items];
  const rest = items.filter((i) => i.id !== itemId);
  return [...rest.slice(0, position), moved, ...rest.slice(position)];
}

/**
 * The new stable order after moving one item to `position` (0-based, clamped to the end), and the position
 * changes it takes: every item is renumbered 0…n−1, so ties and gaps from earlier edits disappear, and only items
 * whose number changes are written.
 */
export function reorder(items: readonly { id: string; position: number }[], itemId: string, position: number): { id: string; position: number }[] {
  if (!items.some((i) => i.id === itemId)) return [];
  return moveItem(items, itemId, position)
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => item.position !== index)
    .map(({ item, index }) => ({ id: item.id, position: index }));
}
