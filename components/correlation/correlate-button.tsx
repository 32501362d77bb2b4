'use client';

import { useAction } from '@/components/screening/screening-actions';
import { Button } from '@/components/ui/button';

/** Correlates the phenom with aircraft now (stored as a new correlation; changes nothing on the phenom). */
export function CorrelateButton({ phenomId, again }: { phenomId: string; again: boolean }) {
  const { pending, error, run } = useAction();
  return (
    <div className="flex flex-col gap-1">
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(`/api/phenoms/${phenomId}/correlations`)}>
        {pending ? 'Checking aircraft…' : again ? 'Check aircraft again' : 'Check aircraft'}
      </Button>
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
    </div>
  );
}
