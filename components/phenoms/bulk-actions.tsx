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

const UNASSIGN = '-';
const STATUS_OPTIONS: Option[] = PHENOM_STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s] }));

/** A labelled choice and the button that applies it (disabled until something is chosen). */
export function PickAndApply(props: { id: string; label: string; button: string; value: string; onChange: (v: string) => void; options: Option[]; empty?: string; disabled: boolean; onApply: () => void }) {
  const { id, label, button, value, onChange, options, empty, disabled, onApply } = props;
  return (
    <div className="flex items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={id}>{label}</Label>
        <NativeSelect id={id} value={value} onChange={(e) => onChange(e.target.value)} className="w-48" disabled={options.length === 0}>
          <option value="">{options.length || !empty ? 'Choose…' : empty}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <Button size="sm" variant="outline" disabled={!value || disabled} onClick={onApply}>
        {button}
      </Button>
    </div>
  );
}

/**
 * What can be done to the selected rows: assign, set a status, add to a list. Native selects and buttons, so it is
 * used from the keyboard like the rest of the page. The result is said in a live region, with each refusal and why.
 */
export function BulkActions({ targets, staff, lists }: { targets: BulkTarget[]; staff: Option[]; lists: Option[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState('');
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
        <PickAndApply id="bulk-status" label="Set status" button="Apply status" value={status} onChange={setStatus} options={STATUS_OPTIONS} disabled={pending} onApply={() => status && run({ kind: 'status', status: status as Phenom_Status_Enum })} />
        <PickAndApply
          id="bulk-assignee"
          label="Assign to"
          button="Assign"
          value={assignee}
          onChange={setAssignee}
          options={[{ id: UNASSIGN, label: 'Nobody (unassign)' }, ...staff]}
          disabled={pending}
          onApply={() => run({ kind: 'assign', assigneeId: assignee === UNASSIGN ? null : assignee, assigneeLabel: staff.find((u) => u.id === assignee)?.label ?? '' })}
        />
        <PickAndApply
          id="bulk-list"
          label="Add to list"
          button="Add"
          value={list}
          onChange={setList}
          options={lists}
          empty="No list you can edit"
          disabled={pending}
          onApply={() => run({ kind: 'list', listId: list, listName: lists.find((l) => l.id === list)?.label ?? '' })}
        />
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
