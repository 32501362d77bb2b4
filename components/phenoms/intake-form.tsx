'use client';

import { useState, useTransition } from 'react';
import { z } from 'zod';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import { ReportFields, problemText } from '@/components/phenoms/report-fields';
import { Button } from '@/components/ui/button';
import { sendJson } from '@/lib/api/client-error';
import { phenomCreateSchema } from '@/lib/phenoms/create-input';
import { EMPTY_REPORT, firstProblem, toReportBody, type ReportFormValues } from '@/lib/phenoms/report-form';

const created = z.object({ phenom: z.object({ id: z.string() }) });

/**
 * A report typed in by staff (a phone call, an email). Checked with the route's own schema before sending; the
 * server's refusal names the field too. Nothing typed is lost on a refusal: the form keeps its values.
 */
export function IntakeForm() {
  const { navigate } = useAppNavigation();
  const [values, setValues] = useState<ReportFormValues>(EMPTY_REPORT);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const body = { ...toReportBody(values), source: 'staff' };
      // What was left empty is not sent (an empty title is, for the schema to name).
      const given = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null));
      const local = firstProblem(phenomCreateSchema, given);
      if (local) return setProblem(local);
      const res = await sendJson('/api/phenoms', 'POST', given);
      if (!res.ok) return setProblem({ field: res.field ?? 'form', message: res.message });
      const answer = created.safeParse(res.data);
      if (answer.success) navigate(`/phenoms/${answer.data.phenom.id}`);
    });

  return (
    <form
      className="flex max-w-3xl flex-col gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ReportFields idPrefix="intake" values={values} onChange={(v) => (setValues(v), setProblem(null))} problem={problem} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Recording…' : 'Record phenom'}
        </Button>
        <p id="intake-problem" role="alert" className="text-sm text-destructive">
          {problem ? problemText(problem) : null}
        </p>
      </div>
    </form>
  );
}
