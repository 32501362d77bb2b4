'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import { Button } from '@/components/ui/button';

const apiErrorSchema = z.object({ error: z.object({ message: z.string() }) });
const storedRunSchema = z.object({ run: z.object({ id: z.string() }) });

type Posted = { ok: true; body: unknown } | { ok: false; message: string };

async function post(url: string, body?: unknown): Promise<Posted> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    const json: unknown = await res.json().catch(() => null);
    if (res.ok) return { ok: true, body: json };
    const parsed = apiErrorSchema.safeParse(json);
    return { ok: false, message: parsed.success ? parsed.data.error.message : `The server answered ${res.status}.` };
  } catch {
    return { ok: false, message: 'The server could not be reached. Try again.' };
  }
}

/** A POST with a pending flag and its error in words; on success `then` runs (by default the page is refreshed). */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const refresh = () => router.refresh();
  const run = (url: string, then: (body: unknown) => void = refresh) =>
    startTransition(async () => {
      setError(null);
      const posted = await post(url);
      if (posted.ok) then(posted.body);
      else setError(posted.message);
    });
  return { pending, error, run, refresh };
}

/** Runs a new screening of the phenom's sky (stored as a run; changes nothing on the phenom). */
export function ScreenButton({ phenomId, again }: { phenomId: string; again: boolean }) {
  const { pending, error, run, refresh } = useAction();
  const { navigate } = useAppNavigation();
  // An earlier run is on show (`?run=`): go to the newest, which is the one just stored; otherwise refresh.
  const showNewest = () => (new URLSearchParams(window.location.search).has('run') ? navigate(`/phenoms/${phenomId}`, { scroll: false }) : refresh());
  return (
    <div className="flex flex-col gap-1">
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(`/api/phenoms/${phenomId}/screenings`, showNewest)}>
        {pending ? 'Screening…' : again ? 'Screen again' : 'Screen the sky'}
      </Button>
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
    </div>
  );
}

/** Accepts a candidate: the phenom's outcome and confidence follow it (audited). */
export function AcceptButton({ candidateId, name, accepted }: { candidateId: string; name: string; accepted: boolean }) {
  const { pending, error, run } = useAction();
  if (accepted) return <span className="text-xs font-medium text-green-600">Accepted</span>;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button size="sm" disabled={pending} aria-label={`Accept ${name}`} onClick={() => run(`/api/screening-candidates/${candidateId}/accept`)}>
        {pending ? 'Accepting…' : 'Accept'}
      </Button>
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
    </div>
  );
}

/**
 * Replays the run shown: the same inputs against the data it stored, kept as a new run, which is then shown with
 * how it compares with the original.
 */
export function ReplayButton({ phenomId, runId }: { phenomId: string; runId: string }) {
  const { pending, error, run } = useAction();
  const { navigate } = useAppNavigation();
  const show = (body: unknown) => {
    const stored = storedRunSchema.safeParse(body);
    navigate(stored.success ? `/phenoms/${phenomId}?run=${stored.data.run.id}` : `/phenoms/${phenomId}`, { scroll: false });
  };
  return (
    <div className="flex flex-col gap-1">
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(`/api/screening-runs/${runId}/replay`, show)}>
        {pending ? 'Replaying…' : 'Replay this run'}
      </Button>
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
    </div>
  );
}
