'use client';

import { useState } from 'react';
import { Input } from '@/components/ui/input';
import { formatDay, parseDay } from '@/lib/phenoms/day';

/**
 * A day filter that reads like the rest of the app ("31 May 2026") instead of a native date input's
 * browser-ordered mm/dd/yyyy. The day is applied on Enter or when leaving the field; text that is not a day is
 * kept, marked invalid and explained, and changes nothing.
 */
export function DayInput({ id, value, onChange, label }: { id: string; value: string | undefined; onChange: (day: string | undefined) => void; label: string }) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (value ? formatDay(value) : '');
  const parsed = text === null ? undefined : parseDay(text);
  const invalid = parsed === null;
  function commit() {
    if (text === null || parsed === null || parsed === undefined) return;
    setText(null);
    if ((parsed || undefined) !== value) onChange(parsed || undefined);
  }
  return (
    <>
      <Input
        id={id}
        className="w-36"
        value={shown}
        placeholder="31 May 2026"
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
      />
      {invalid ? (
        <span id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {label}: not a day (write it like 31 May 2026)
        </span>
      ) : null}
    </>
  );
}
