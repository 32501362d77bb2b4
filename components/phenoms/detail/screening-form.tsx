'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import type { Outcome_Confidence_Enum, Phenom_Outcome_Enum, Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import {
  CONFIDENCE_LABELS,
  OUTCOME_CONFIDENCES,
  OUTCOME_LABELS,
  PHENOM_OUTCOMES,
  STATUS_LABELS,
} from '@/lib/phenoms/vocabulary';
import { reachableStatuses, screeningViolation } from '@/lib/phenoms/status-rules';
import type { PhenomUpdateInput } from '@/lib/phenoms/update-input';

export interface ScreeningValues {
  status: Phenom_Status_Enum;
  outcome: Phenom_Outcome_Enum;
  outcome_confidence: Outcome_Confidence_Enum | null;
  assignee_id: string | null;
}

type Field = keyof ScreeningValues;

const FIELD_LABELS: Record<Field, string> = { status: 'Status', outcome: 'Outcome', outcome_confidence: 'Confidence', assignee_id: 'Assignee' };

const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

/** Only what the reader changed is sent, so two people editing different fields do not overwrite each other. */
export function changedFields(initial: ScreeningValues, current: ScreeningValues): PhenomUpdateInput {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(current) as Field[]) if (current[key] !== initial[key]) changes[key] = current[key];
  return changes as PhenomUpdateInput;
}

export function ScreeningForm({
  phenomId,
  initial,
  staff,
}: {
  phenomId: string;
  initial: ScreeningValues;
  staff: { id: string; label: string }[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string; field?: string } | null>(null);
  const changes = changedFields(saved, values);
  const dirty = Object.keys(changes).length > 0;
  const set = <K extends Field>(key: K, value: ScreeningValues[K]) => {
    setMessage(null);
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function submit() {
    setMessage(null);
    // The server's own rules, checked before sending, so the person hears at once which field to fix.
    const violation = screeningViolation(saved, changes);
    if (violation) {
      setMessage({ tone: 'error', text: `${FIELD_LABELS[violation.field]} ${violation.message}.`, field: violation.field });
      return;
    }
    let res: Response;
    try {
      res = await fetch(`/api/phenoms/${phenomId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(changes) });
    } catch {
      setMessage({ tone: 'error', text: 'Could not reach the server. Check your connection and try again.' });
      return;
    }
    if (res.ok) {
      setSaved(values);
      setMessage({ tone: 'ok', text: 'Saved.' });
      startTransition(() => router.refresh());
      return;
    }
    if (res.status === 401) {
      setMessage({ tone: 'error', text: 'Your session has expired. Reload the page to sign in again; your changes are kept on this page until then.' });
      return;
    }
    const parsed = apiErrorSchema.safeParse(await res.json().catch(() => null));
    setMessage({ tone: 'error', text: parsed.success ? parsed.data.error.message : `Saving failed (HTTP ${res.status}).`, field: parsed.success ? parsed.data.error.field : undefined });
  }

  const invalid = (field: Field) => (message?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'screening-message' } : {});

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(submit);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="screening-status">Status</Label>
          <NativeSelect id="screening-status" value={values.status} onChange={(e) => set('status', e.target.value as Phenom_Status_Enum)} {...invalid('status')}>
            {reachableStatuses(saved.status).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="screening-assignee">Assignee</Label>
          <NativeSelect id="screening-assignee" value={values.assignee_id ?? ''} onChange={(e) => set('assignee_id', e.target.value || null)} {...invalid('assignee_id')}>
            <option value="">Unassigned</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="screening-outcome">Outcome</Label>
          <NativeSelect
            id="screening-outcome"
            value={values.outcome}
            onChange={(e) => {
              const outcome = e.target.value as Phenom_Outcome_Enum;
              set('outcome', outcome);
              // A confidence in "unknown" means nothing; clear it rather than let the server refuse the save.
              if (outcome === 'unknown') set('outcome_confidence', null);
            }}
            {...invalid('outcome')}
          >
            {PHENOM_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="screening-confidence">Confidence</Label>
          <NativeSelect
            id="screening-confidence"
            value={values.outcome_confidence ?? ''}
            disabled={values.outcome === 'unknown'}
            onChange={(e) => set('outcome_confidence', (e.target.value || null) as Outcome_Confidence_Enum | null)}
            {...invalid('outcome_confidence')}
          >
            <option value="">Not stated</option>
            {OUTCOME_CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {CONFIDENCE_LABELS[c]}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={!dirty || pending}>
          {pending ? 'Saving…' : 'Save changes'}
        </Button>
        {dirty && !pending ? (
          <Button type="button" variant="ghost" onClick={() => setValues(saved)}>
            Undo
          </Button>
        ) : null}
        <p id="screening-message" role={message?.tone === 'error' ? 'alert' : 'status'} className={message?.tone === 'error' ? 'text-sm text-destructive' : 'text-sm text-muted-foreground'}>
          {message?.text}
        </p>
      </div>
    </form>
  );
}
