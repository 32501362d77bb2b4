'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { callApiAs } from '@/lib/api/client';
import { phenomResults, phenomSearchSchema, phenomSearchUrl, type PaletteResult } from '@/lib/command/palette';
import { promoteBody, suggestedTitle, type DropPayload } from '@/lib/drops/payload';
import { formatOccurredAt } from '@/lib/phenoms/vocabulary';

export interface ReviewedDrop {
  /** What happened, for the page's status line. */
  text: string;
  /** The phenom it now points at, if any. */
  phenomId?: string;
}

interface ActionProps {
  dropId: string;
  onDone: (result: ReviewedDrop) => void;
}

const promotedSchema = z.object({ phenom: z.object({ id: z.string(), title: z.string() }) });
const reviewedSchema = z.object({ drop: z.object({ id: z.string(), phenom_id: z.string().nullable() }) });

/** One confirmation dialog: a trigger, what will happen, and a confirm button that says the action. */
function ConfirmDialog({ trigger, title, description, confirm, canConfirm = true, run, children }: {
  trigger: string;
  title: string;
  description: string;
  confirm: string;
  canConfirm?: boolean;
  /** Does the change; resolves to an error message, or null when done. */
  run: () => Promise<string | null>;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    setPending(true);
    setError(null);
    const failure = await run();
    setPending(false);
    if (failure) setError(failure);
    else setOpen(false);
  }
  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), setError(null))}>
      <DialogTrigger asChild>
        <Button size="sm" variant={confirm.startsWith('Reject') ? 'outline' : 'default'}>
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
        {error ? (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={submit} disabled={pending || !canConfirm} aria-busy={pending}>
            {pending ? 'Working…' : confirm}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function PromoteDrop({ dropId, payload, submittedAt, onDone }: ActionProps & { payload: DropPayload; submittedAt: string }) {
  const [title, setTitle] = useState(() => suggestedTitle(payload));
  return (
    <ConfirmDialog
      trigger="Promote"
      title="Promote to a new phenom"
      description="Creates a phenom from this drop (its description, time and position) and marks the drop accepted. The sky at that time is screened at once."
      confirm="Promote"
      canConfirm={title.trim().length > 0}
      run={async () => {
        const result = await callApiAs(promotedSchema, 'POST', `/api/drops/${dropId}/promote`, promoteBody(payload, title, submittedAt));
        if (!result.ok) return result.message;
        onDone({ text: `Promoted to the new phenom “${result.data.phenom.title}”.`, phenomId: result.data.phenom.id });
        return null;
      }}
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor={`title-${dropId}`}>Title of the new phenom</Label>
        <Input id={`title-${dropId}`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </div>
    </ConfirmDialog>
  );
}

function usePhenomPicker(query: string) {
  const [hits, setHits] = useState<PaletteResult[] | 'failed'>([]);
  useEffect(() => {
    const url = phenomSearchUrl(query);
    if (!url) return setHits([]);
    let live = true;
    const timer = setTimeout(async () => {
      const result = await callApiAs(phenomSearchSchema, 'GET', url);
      if (live) setHits(result.ok ? phenomResults(result.data.phenoms, (iso) => formatOccurredAt(iso, 'day')) : 'failed');
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return hits;
}

export function AttachDrop({ dropId, onDone }: ActionProps) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<PaletteResult | null>(null);
  const hits = usePhenomPicker(query);
  return (
    <ConfirmDialog
      trigger="Attach…"
      title="Attach to an existing phenom"
      description="The drop becomes evidence of a phenom already on file, and is marked accepted."
      confirm={picked ? `Attach to “${picked.label}”` : 'Attach'}
      canConfirm={picked !== null}
      run={async () => {
        if (!picked) return 'Pick a phenom first.';
        const result = await callApiAs(reviewedSchema, 'POST', `/api/drops/${dropId}/attach`, { phenom_id: picked.href.split('/').pop() });
        if (!result.ok) return result.message;
        onDone({ text: `Attached to “${picked.label}”.`, phenomId: result.data.drop.phenom_id ?? undefined });
        return null;
      }}
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor={`find-${dropId}`}>Find the phenom by title or place</Label>
        <Input id={`find-${dropId}`} value={query} onChange={(e) => (setQuery(e.target.value), setPicked(null))} autoComplete="off" />
        {hits === 'failed' ? (
          <p role="alert" className="text-sm text-destructive">
            The search failed: try again.
          </p>
        ) : (
          <fieldset className="flex max-h-56 flex-col gap-1 overflow-y-auto">
            <legend className="sr-only">Phenoms found</legend>
            {hits.map((hit) => (
              <label key={hit.href} className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 text-sm has-[:checked]:bg-accent">
                <input type="radio" name={`phenom-${dropId}`} className="mt-1" checked={picked?.href === hit.href} onChange={() => setPicked(hit)} />
                <span>
                  <span className="block font-medium">{hit.label}</span>
                  {hit.detail ? <span className="block text-xs text-muted-foreground">{hit.detail}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </div>
    </ConfirmDialog>
  );
}

export function RejectDrop({ dropId, onDone }: ActionProps) {
  return (
    <ConfirmDialog
      trigger="Reject"
      title="Reject this drop"
      description="It leaves the queue and no phenom is made from it. It stays listed under Rejected."
      confirm="Reject drop"
      run={async () => {
        const result = await callApiAs(reviewedSchema, 'POST', `/api/drops/${dropId}/reject`, {});
        if (!result.ok) return result.message;
        onDone({ text: 'Rejected.' });
        return null;
      }}
    />
  );
}
