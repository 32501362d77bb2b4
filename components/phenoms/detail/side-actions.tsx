'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { PickAndApply } from '@/components/phenoms/bulk-actions';
import { sendJson } from '@/lib/api/client-error';

/** Puts this phenom on one of the lists the person may edit (POST /api/lists/:id/items). */
export function AddToList({ phenomId, lists }: { phenomId: string; lists: { id: string; label: string }[] }) {
  const [list, setList] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (lists.length === 0) return <p className="text-sm text-muted-foreground">You have no list you can add to yet: create one on the Lists page.</p>;
  const add = () =>
    startTransition(async () => {
      const res = await sendJson(`/api/lists/${list}/items`, 'POST', { phenom_id: phenomId });
      const name = lists.find((l) => l.id === list)?.label ?? 'the list';
      setMessage(res.ok ? { ok: true, text: `Added to “${name}”.` } : { ok: false, text: res.message });
    });
  return (
    <div className="flex flex-col gap-2">
      <PickAndApply id="add-to-list" label="List" button="Add to list" value={list} onChange={(v) => (setList(v), setMessage(null))} options={lists} disabled={pending} onApply={add} />
      <p role={message && !message.ok ? 'alert' : 'status'} className={message?.ok === false ? 'text-sm text-destructive' : 'text-sm text-muted-foreground'}>
        {message?.text}
      </p>
    </div>
  );
}

/**
 * Admins only: soft delete (the phenom disappears for staff; its rows stay) after a confirmation that says so, and
 * restore from the same place while the page is open.
 */
export function AdminDelete({ phenomId }: { phenomId: string }) {
  const router = useRouter();
  const [step, setStep] = useState<'idle' | 'confirm' | 'deleted'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const call = (path: string, method: string, next: 'idle' | 'deleted') =>
    startTransition(async () => {
      const res = await sendJson(path, method);
      if (!res.ok) return setError(res.message);
      setError(null);
      setStep(next);
      if (next === 'idle') router.refresh();
    });
  return (
    <div className="flex flex-col gap-2 text-sm">
      {step === 'idle' ? (
        <Button size="sm" variant="outline" className="self-start text-destructive" onClick={() => setStep('confirm')}>
          Delete phenom…
        </Button>
      ) : step === 'confirm' ? (
        <div role="group" aria-label="Confirm deletion" className="flex flex-col gap-2 rounded-md border border-destructive p-3">
          <p>Delete this phenom? Staff will no longer see it, in the table, the map or their lists. Its media and history are kept, and an admin can restore it.</p>
          <div className="flex gap-2">
            <Button size="sm" variant="destructive" disabled={pending} onClick={() => call(`/api/phenoms/${phenomId}`, 'DELETE', 'deleted')}>
              Delete
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setStep('idle')}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div role="status" className="flex flex-col gap-2 rounded-md border p-3">
          <p>Deleted: staff no longer see this phenom.</p>
          <Button size="sm" variant="outline" className="self-start" disabled={pending} onClick={() => call(`/api/phenoms/${phenomId}/restore`, 'POST', 'idle')}>
            Restore
          </Button>
        </div>
      )}
      {error ? (
        <p role="alert" className="text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
