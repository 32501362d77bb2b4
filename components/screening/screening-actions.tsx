'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/components/ui/button';

const apiErrorSchema = z.object({ error: z.object({ message: z.string() }) });

async function post(url: string, body?: unknown): Promise<string | null> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    if (res.ok) return null;
    const parsed = apiErrorSchema.safeParse(await res.json().catch(() => null));
    return parsed.success ? parsed.data.error.message : `The server answered ${res.status}.`;
  } catch {
    return 'The server could not be reached. Try again.';
  }
}

function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (url: string, body?: unknown) =>
    startTransition(async () => {
      setError(null);
      const failure = await post(url, body);
      if (failure) setError(failure);
      else router.refresh();
    });
  return { pending, error, run };
}

/** Runs a new screening of the phenom's sky (stored as a run; changes nothing on the phenom). */
export function ScreenButton({ phenomId, again }: { phenomId: string; again: boolean }) {
  const { pending, error, run } = useAction();
  return (
    <div className="flex flex-col gap-1">
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(`/api/phenoms/${phenomId}/screenings`)}>
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
