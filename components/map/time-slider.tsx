'use client';

import { useEffect, useRef, useState } from 'react';
import { daysOfPositions, monthLabel, sliderPositions, type MonthRange } from '@/lib/map/time-range';

/**
 * Two thumbs over the months of occurred_at. Moving one changes the page's `from`/`to` (the filter bar's own
 * parameters, so the list and the map stay one filter) once it rests for a moment, not on every step of a drag.
 */
export function TimeSlider({ range, from, to, onChange }: { range: MonthRange; from?: string; to?: string; onChange: (days: { from?: string; to?: string }) => void }) {
  const [positions, setPositions] = useState(() => sliderPositions(range, from, to));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = range.months.length - 1;

  // The URL changed from elsewhere (the filter bar, back/forward): follow it.
  useEffect(() => setPositions(sliderPositions(range, from, to)), [range, from, to]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const move = (which: 0 | 1, value: number) => {
    const next: [number, number] = which === 0 ? [Math.min(value, positions[1]), positions[1]] : [positions[0], Math.max(value, positions[0])];
    setPositions(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(daysOfPositions(range, next[0], next[1])), 400);
  };

  if (last < 1) return null;
  const [a, b] = positions;
  return (
    <fieldset className="flex min-w-64 flex-col gap-1 rounded-md bg-background/90 px-3 py-2 text-xs shadow">
      <legend className="sr-only">Time range</legend>
      <output aria-live="polite" className="font-medium tabular-nums">
        {a === 0 && b === last ? `All time (${monthLabel(range.months[0])} – ${monthLabel(range.months[last])})` : `${monthLabel(range.months[a])} – ${monthLabel(range.months[b])}`}
      </output>
      <label className="flex items-center gap-2">
        <span className="w-8 text-muted-foreground">From</span>
        <input type="range" min={0} max={last} step={1} value={a} onChange={(e) => move(0, Number(e.target.value))} aria-valuetext={monthLabel(range.months[a])} className="flex-1 accent-primary" />
      </label>
      <label className="flex items-center gap-2">
        <span className="w-8 text-muted-foreground">To</span>
        <input type="range" min={0} max={last} step={1} value={b} onChange={(e) => move(1, Number(e.target.value))} aria-valuetext={monthLabel(range.months[b])} className="flex-1 accent-primary" />
      </label>
    </fieldset>
  );
}
