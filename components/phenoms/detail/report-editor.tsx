'use client';

import { useCallback, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Pencil } from 'lucide-react';
import { ReportFields, problemText } from '@/components/phenoms/report-fields';
import { UndoToast, type ToastState } from '@/components/phenoms/undo-toast';
import { Button } from '@/components/ui/button';
import { sendJson } from '@/lib/api/client-error';
import { formatCoordinate } from '@/lib/format';
import { changedReportBody, firstProblem, type ReportFormValues } from '@/lib/phenoms/report-form';
import { phenomUpdateSchema } from '@/lib/phenoms/update-input';
import { formatOccurredAt } from '@/lib/phenoms/vocabulary';

type Problem = { field: string; message: string };

/**
 * The report's content (title, description, time and its precision, place), edited in place. A save shows the new
 * text at once (optimistic) with an Undo toast; when the server refuses or cannot be reached, the old text comes back
 * and the toast says why. Undo is itself a save of the old values, judged by the server the same way.
 */
export function ReportEditor({ phenomId, initial }: { phenomId: string; initial: ReportFormValues }) {
  const router = useRouter();
  const [shown, setShown] = useState(initial);
  const [draft, setDraft] = useState<ReportFormValues | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const close = useCallback(() => setToast(null), []);

  /** Shows `next` at once, saves the difference from `prev`; on failure shows `prev` again and why. */
  async function apply(prev: ReportFormValues, next: ReportFormValues, done: (prev: ReportFormValues, next: ReportFormValues) => ToastState) {
    setShown(next);
    const res = await sendJson(`/api/phenoms/${phenomId}`, 'PATCH', changedReportBody(prev, next));
    if (!res.ok) {
      setShown(prev);
      setToast({ tone: 'error', text: `Not saved, the previous text is back: ${res.field ? problemText({ field: res.field, message: res.message }) : res.message}` });
      return;
    }
    setToast(done(prev, next));
    router.refresh();
  }

  const saved = (prev: ReportFormValues, next: ReportFormValues): ToastState => ({
    tone: 'ok',
    text: 'Report saved.',
    undo: () => {
      setToast(null);
      void apply(next, prev, () => ({ tone: 'ok', text: 'Change undone.' }));
    },
  });

  function save() {
    if (!draft) return;
    const body = changedReportBody(shown, draft);
    if (Object.keys(body).length === 0) return setDraft(null);
    const local = firstProblem(phenomUpdateSchema, body);
    if (local) return setProblem(local);
    setDraft(null);
    void apply(shown, draft, saved);
  }

  const place = [shown.location_name, shown.country].filter(Boolean).join(', ');
  return (
    <div className="flex flex-col gap-3">
      {draft ? (
        <form
          className="flex flex-col gap-4"
          noValidate
          aria-label="Edit the report"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <ReportFields idPrefix="report" values={draft} onChange={(v) => (setDraft(v), setProblem(null))} problem={problem} />
          <div className="flex items-center gap-3">
            <Button type="submit">Save report</Button>
            <Button type="button" variant="ghost" onClick={() => (setDraft(null), setProblem(null))}>
              Cancel
            </Button>
            <p id="report-problem" role="alert" className="text-sm text-destructive">
              {problem ? problemText(problem) : null}
            </p>
          </div>
        </form>
      ) : (
        <>
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium" data-testid="report-title">
                {shown.title}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-sm">{shown.description || <span className="text-muted-foreground">No description given.</span>}</p>
            </div>
            <Button size="sm" variant="outline" onClick={() => setDraft(shown)}>
              <Pencil aria-hidden /> Edit report
            </Button>
          </div>
          <p className="text-sm text-muted-foreground" data-testid="report-when-where">
            {formatOccurredAt(`${shown.occurred_at}:00Z`, shown.occurred_at_precision)}
            {place ? ` · ${place}` : ''}
            {shown.latitude && shown.longitude ? ` · ${formatCoordinate(Number(shown.latitude), 'lat')}, ${formatCoordinate(Number(shown.longitude), 'lng')}` : ''}
          </p>
        </>
      )}
      <UndoToast toast={toast} onClose={close} />
    </div>
  );
}
