'use client';

import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { TIME_PRECISIONS } from '@/lib/phenoms/vocabulary';
import type { ReportFormValues } from '@/lib/phenoms/report-form';

const PRECISION_LABELS: Record<ReportFormValues['occurred_at_precision'], string> = {
  second: 'To the second',
  minute: 'To the minute',
  hour: 'To the hour',
  day: 'The day only',
  month: 'The month only',
  year: 'The year only',
};

const textareaClass =
  'min-h-24 w-full rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive';

/**
 * The report's own fields, shared by the intake form and the content editor: what was seen, when (in UTC, with how
 * precisely it is known) and where. `problem` marks the field the last check or the server named.
 */
export function ReportFields({ idPrefix, values, onChange, problem }: { idPrefix: string; values: ReportFormValues; onChange: (v: ReportFormValues) => void; problem?: { field: string; message: string } | null }) {
  const id = (f: keyof ReportFormValues) => `${idPrefix}-${f}`;
  const mark = (f: keyof ReportFormValues) => (problem?.field === f ? { 'aria-invalid': true, 'aria-describedby': `${idPrefix}-problem` } : {});
  const set = (f: keyof ReportFormValues) => (e: { target: { value: string } }) => onChange({ ...values, [f]: e.target.value });
  const field = (f: keyof ReportFormValues, label: string, input: React.ReactNode, wide = false) => (
    <div className={wide ? 'flex flex-col gap-1.5 sm:col-span-2' : 'flex flex-col gap-1.5'}>
      <Label htmlFor={id(f)}>{label}</Label>
      {input}
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field('title', 'Title', <Input id={id('title')} value={values.title} onChange={set('title')} maxLength={200} required {...mark('title')} />, true)}
      {field('description', 'Description', <textarea id={id('description')} className={textareaClass} value={values.description} onChange={set('description')} {...mark('description')} />, true)}
      {field('occurred_at', 'Occurred (UTC)', <Input id={id('occurred_at')} type="datetime-local" value={values.occurred_at} onChange={set('occurred_at')} required {...mark('occurred_at')} />)}
      {field(
        'occurred_at_precision',
        'Known to',
        <NativeSelect id={id('occurred_at_precision')} value={values.occurred_at_precision} onChange={set('occurred_at_precision')} {...mark('occurred_at_precision')}>
          {TIME_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {PRECISION_LABELS[p]}
            </option>
          ))}
        </NativeSelect>,
      )}
      {field('location_name', 'Place', <Input id={id('location_name')} value={values.location_name} onChange={set('location_name')} maxLength={200} {...mark('location_name')} />)}
      {field('country', 'Country (ISO code, e.g. GB)', <Input id={id('country')} value={values.country} onChange={set('country')} maxLength={2} {...mark('country')} />)}
      {field('latitude', 'Latitude', <Input id={id('latitude')} inputMode="decimal" value={values.latitude} onChange={set('latitude')} {...mark('latitude')} />)}
      {field('longitude', 'Longitude', <Input id={id('longitude')} inputMode="decimal" value={values.longitude} onChange={set('longitude')} {...mark('longitude')} />)}
    </div>
  );
}

export const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  occurred_at: 'Occurred',
  occurred_at_precision: 'Known to',
  location_name: 'Place',
  country: 'Country',
  latitude: 'Latitude',
  longitude: 'Longitude',
};

/** "Latitude: must be …" for a problem zod or the server named. */
export function problemText(problem: { field: string; message: string }): string {
  const message = problem.message.replace(new RegExp(`^${problem.field}: `), '');
  return `${FIELD_NAMES[problem.field] ?? problem.field}: ${message}`;
}
