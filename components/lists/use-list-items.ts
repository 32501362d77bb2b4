'use client';

import { useState } from 'react';
import { callApi } from '@/lib/api/client';
import { moveItem } from '@/lib/lists/access';

export interface EditableItem {
  id: string;
  note: string;
  phenom: { id: string; title: string; status: string; occurred_at: string | null } | null;
  /** On a list the caller only reads: this one item was shared with them with edit rights (its note, nothing else). */
  noteEditable?: boolean;
}

/**
 * The list's items with optimistic edits: a move, a note or a removal shows at once, is sent to the server, and on
 * failure the items as they were come back with the server's reason. One change at a time, so a revert never
 * undoes a later edit.
 */
export function useListItems(listId: string, initial: EditableItem[]) {
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const apply = async (next: EditableItem[], request: () => ReturnType<typeof callApi>, said: string) => {
    if (saving) return;
    const before = items;
    setItems(next);
    setError(null);
    setSaving(true);
    const result = await request();
    setSaving(false);
    if (result.ok) return setAnnouncement(said);
    setItems(before);
    setError(`Not saved: ${result.message}`);
  };
  const itemUrl = (id: string) => `/api/lists/${listId}/items/${id}`;
  const title = (item: EditableItem) => item.phenom?.title ?? 'this item';

  const move = (id: string, position: number) => {
    const item = items.find((i) => i.id === id);
    const to = Math.max(0, Math.min(position, items.length - 1));
    if (!item || items.indexOf(item) === to) return;
    void apply(moveItem(items, id, to), () => callApi('PATCH', itemUrl(id), { position: to }), `Moved “${title(item)}” to place ${to + 1} of ${items.length}.`);
  };
  const setNote = (id: string, note: string) => {
    const item = items.find((i) => i.id === id);
    if (!item) return;
    void apply(items.map((i) => (i.id === id ? { ...i, note } : i)), () => callApi('PATCH', itemUrl(id), { note }), `Note saved for “${title(item)}”.`);
  };
  const remove = (id: string) => {
    const item = items.find((i) => i.id === id);
    if (!item) return;
    void apply(items.filter((i) => i.id !== id), () => callApi('DELETE', itemUrl(id)), `Removed “${title(item)}” from the list.`);
  };
  return { items, error, saving, announcement, move, setNote, remove };
}
