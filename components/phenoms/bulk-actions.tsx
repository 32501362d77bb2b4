'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { bulkRequest, bulkSummary, eachLimited, localRefusal, type BulkAction, type BulkOutcome, type BulkTarget } from '@/lib/phenoms/bulk';
import { PHENOM_STATUSES, STATUS_LABELS } from '@/lib/phenoms/vocabulary';
import type { Phenom_Status_Enum } from '@/graphql/generated/graphql';

export interface Option {
  id: string;
  label: string;
}

const apiError = z.object({ error: z.object({ message: z.string() }) });

async function send(action: BulkAction, target: BulkTarget): Promise<BulkOutcome> {
  const refusal = localRefusal(action, target);
  if (refusal) return { id: target.id, title: target.title, ok: false, reason: refusal };
  const { url, method, body } = bulkRequest(action, target.id);
  try {
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.ok) return { id: target.id, title: target.title, ok: true };
    const parsed = apiError.safeParse(await res.json().catch(() => null));
    return { id: target.id, title: target.title, ok: false, reason: parsed.success ? parsed.data.error.message : `HTTP ${res.status}` };
  } catch {
    return { id: target.id, title: target.title, ok: false, reason: 'the server could not be reached' };
  }
}

/**
 * What can be done to the selected rows: assign, set a status, add to a list. Native selects and buttons, so it is
 * used from the keyboard like the rest of the page. The result is said in a live region, with each refusal and why.
 */
export function BulkActions({ targets, staff, lists }: { targets: BulkTarget[]; staff: Option[]; lists: Option[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<Phenom_Status_Enum | ''>('');
  const [assignee, setAssignee] = useState('');
  const [list, setList] = useState('');
  const [result, setResult] = useState<{ text: string; refusals: string[] } | null>(null);

  const run = (action: BulkAction) =>
    startTransition(async () => {
      setResult(null);
      const outcomes = await eachLimited(targets, 4, (t) => send(action, t));
      setResult(bulkSummary(action, outcomes));
      router.refresh();
    });

  return (
    <div role="region" aria-label="Bulk actions" className="mb-3 flex flex-col gap-2 rounded-xl border bg-muted/40 p-3">
      <div className="flex flex-wrap items-end gap-3">
        <p className="text-sm font-medium" aria-live="polite">
          {targets.length} selected
        </p>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor="bulk-status">Set status</Label>
            <NativeSelect id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as Phenom_Status_Enum | '')} className="w-40">
              <option value="">Choose…</option>
              {PHENOM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button size="sm" variant="outline" disabled={!status || pending} onClick={() => status && run({ kind: 'status', status })}>
            Apply status
          </Button>
        </div>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor="bulk-assignee">Assign to</Label>
            <NativeSelect id="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} className="w-48">
              <option value="">Choose…</option>
              <option value="-">Nobody (unassign)</option>
              {staff.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button
            size="sm"
            variant="outline"
            disabled={!assignee || pending}
            onClick={() => run({ kind: 'assign', assigneeId: assignee === '-' ? null : assignee, assigneeLabel: staff.find((u) => u.id === assignee)?.label ?? '' })}
          >
            Assign
          </Button>
        </div>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor="bulk-list">Add to list</Label>
            <NativeSelect id="bulk-list" value={list} onChange={(e) => setList(e.target.value)} className="w-48" disabled={lists.length === 0}>
              <option value="">{lists.length ? 'Choose…' : 'No list you can edit'}</option>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button size="sm" variant="outline" disabled={!list || pending} onClick={() => run({ kind: 'list', listId: list, listName: lists.find((l) => l.id === list)?.label ?? '' })}>
            Add
          </Button>
        </div>
      </div>
      <div role="status" className="text-sm">
        {pending ? 'Working…' : result ? (
          <>
            <p>{result.text}</p>
            {result.refusals.length ? (
              <ul className="mt-1 list-disc pl-5 text-destructive">
                {result.refusals.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
