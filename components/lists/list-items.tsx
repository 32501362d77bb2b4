'use client';

import { useState, type KeyboardEvent } from 'react';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import { AppLink } from '@/components/navigation/app-link';
import { ShareDialog } from '@/components/shares/share-dialog';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { fieldClassName } from '@/components/ui/input';
import { cn } from '@/lib/utils';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { useListItems, type EditableItem } from './use-list-items';

export type ItemRights = 'edit' | 'read';

/** The keys that move a focused handle: arrows one place, Home/End to either end. Null for any other key. */
export function keyboardTarget(key: string, index: number, count: number): number | null {
  if (key === 'ArrowUp') return index - 1;
  if (key === 'ArrowDown') return index + 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function ListItems({ listId, initial, rights, me }: { listId: string; initial: EditableItem[]; rights: ItemRights; me: string }) {
  const list = useListItems(listId, initial);
  const [dragged, setDragged] = useState<string | null>(null);
  const editable = rights === 'edit';

  const onHandleKey = (e: KeyboardEvent, id: string, index: number) => {
    const to = keyboardTarget(e.key, index, list.items.length);
    if (to === null) return;
    e.preventDefault();
    list.move(id, to);
  };

  return (
    <div className="flex flex-col gap-3">
      <p aria-live="polite" className="sr-only">
        {list.announcement}
      </p>
      {list.error ? (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {list.error}
        </p>
      ) : null}
      {editable && list.items.length > 1 ? <p className="text-xs text-muted-foreground">Drag a row by its handle, or focus the handle and use the arrow keys (Home / End for either end).</p> : null}
      <ol aria-label="Items" className="flex flex-col gap-2">
        {list.items.map((item, index) => (
          <li
            key={item.id}
            draggable={editable}
            onDragStart={(e) => {
              setDragged(item.id);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', item.id);
            }}
            onDragOver={(e) => editable && dragged && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged) list.move(dragged, index);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
            className={cn('flex gap-3 rounded-lg border bg-card p-3', dragged === item.id && 'opacity-50')}
          >
            {editable ? (
              <div className="flex flex-col items-center gap-1">
                <button
                  type="button"
                  aria-label={`Move “${item.phenom?.title ?? 'item'}”, place ${index + 1} of ${list.items.length}`}
                  className="cursor-grab rounded p-1 text-muted-foreground hover:bg-accent focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  onKeyDown={(e) => onHandleKey(e, item.id, index)}
                >
                  <GripVertical className="size-4" aria-hidden />
                </button>
                <Button size="icon" variant="ghost" className="size-7" aria-label="Move up" disabled={index === 0 || list.saving} onClick={() => list.move(item.id, index - 1)}>
                  <ArrowUp aria-hidden />
                </Button>
                <Button size="icon" variant="ghost" className="size-7" aria-label="Move down" disabled={index === list.items.length - 1 || list.saving} onClick={() => list.move(item.id, index + 1)}>
                  <ArrowDown aria-hidden />
                </Button>
              </div>
            ) : null}
            <ItemBody item={item} editable={editable || item.noteEditable === true} saving={list.saving} onNote={(note) => list.setNote(item.id, note)} />
            {editable ? (
              <div className="flex flex-col items-end gap-1">
                <ShareDialog target={{ kind: 'item', id: item.id, name: item.phenom?.title ?? 'this item' }} me={me} />
                <Button size="sm" variant="ghost" disabled={list.saving} aria-label={`Remove “${item.phenom?.title ?? 'item'}”`} onClick={() => list.remove(item.id)}>
                  <Trash2 aria-hidden /> Remove
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function ItemBody({ item, editable, saving, onNote }: { item: EditableItem; editable: boolean; saving: boolean; onNote: (note: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const title = item.phenom?.title ?? 'A phenom no longer available';
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      {item.phenom ? (
        <AppLink href={`/phenoms/${item.phenom.id}`} className="font-medium hover:underline">
          {title}
        </AppLink>
      ) : (
        <span className="font-medium">{title}</span>
      )}
      {item.phenom?.occurred_at ? <span className="text-xs text-muted-foreground">{formatDateTime(item.phenom.occurred_at)}</span> : null}
      {draft === null ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className={item.note ? undefined : 'text-muted-foreground'}>{item.note || 'No note.'}</span>
          {editable ? (
            <Button size="sm" variant="link" className="h-auto p-0" onClick={() => setDraft(item.note)}>
              {item.note ? 'Edit note' : 'Add a note'}
            </Button>
          ) : null}
        </div>
      ) : (
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onNote(draft.trim());
            setDraft(null);
          }}
        >
          <Label htmlFor={`note-${item.id}`}>Note on “{title}”</Label>
          <textarea id={`note-${item.id}`} className={cn(fieldClassName, 'h-20 py-2')} maxLength={2000} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <div className="flex gap-2">
            <Button size="sm" type="submit" disabled={saving}>
              Save note
            </Button>
            <Button size="sm" type="button" variant="ghost" onClick={() => setDraft(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
