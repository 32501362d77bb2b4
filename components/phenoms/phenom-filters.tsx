'use client';

import { useEffect, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import { ChevronDown, Search, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { DayInput } from '@/components/phenoms/day-input';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { hasActiveFilters, hrefFor, mergeFilters, type PhenomFilters } from '@/lib/phenoms/filters';
import { OUTCOME_LABELS, PHENOM_OUTCOMES, PHENOM_STATUSES, STATUS_LABELS } from '@/lib/phenoms/vocabulary';

/** The filter bar: every change becomes a new URL, and the server page renders the result. */
export function PhenomFilterBar({ filters }: { filters: PhenomFilters }) {
  const { navigate, pending } = useAppNavigation();
  const pathname = usePathname();
  const [q, setQ] = useState(filters.q);
  // Back/forward changes the URL under us: show what the URL says.
  useEffect(() => setQ(filters.q), [filters.q]);

  // Changes build on the last one asked for, not on the last one rendered: ticking two statuses quickly must
  // keep both, even though the page has not re-rendered in between.
  const requested = useRef(filters);
  useEffect(() => {
    requested.current = filters;
  }, [filters]);
  const apply = (change: Partial<PhenomFilters>) => {
    requested.current = mergeFilters(requested.current, change);
    const href = hrefFor(pathname, requested.current);
    navigate(href, { replace: true, scroll: false });
  };

  return (
    <div className="mb-4 flex flex-wrap items-end gap-3" aria-busy={pending}>
      <form
        role="search"
        className="flex min-w-56 flex-1 flex-col gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          apply({ q: q.trim() });
        }}
      >
        <Label htmlFor="phenom-search">Search</Label>
        <div className="relative">
          <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            id="phenom-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q.trim() !== filters.q && apply({ q: q.trim() })}
            placeholder="Title, description or place — Enter to search"
            className="pl-8"
            maxLength={200}
          />
        </div>
      </form>

      <MultiPicker
        label="Status"
        values={PHENOM_STATUSES}
        labels={STATUS_LABELS}
        selected={filters.status}
        current={() => requested.current.status}
        onChange={(status) => apply({ status })}
      />
      <MultiPicker
        label="Outcome"
        values={PHENOM_OUTCOMES}
        labels={OUTCOME_LABELS}
        selected={filters.outcome}
        current={() => requested.current.outcome}
        onChange={(outcome) => apply({ outcome })}
      />

      <div className="flex flex-col gap-1.5">
        <Label htmlFor="phenom-from">Occurred from</Label>
        <DayInput id="phenom-from" label="Occurred from" value={filters.from} onChange={(from) => apply({ from })} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="phenom-to">to</Label>
        <DayInput id="phenom-to" label="Occurred to" value={filters.to} onChange={(to) => apply({ to })} />
      </div>

      {hasActiveFilters(filters) ? (
        <Button
          variant="ghost"
          onClick={() => {
            setQ('');
            apply({ q: '', status: [], outcome: [], from: undefined, to: undefined, sort: filters.sort, dir: filters.dir, size: filters.size });
          }}
        >
          <X aria-hidden /> Clear filters
        </Button>
      ) : null}
    </div>
  );
}

function MultiPicker<T extends string>({
  label,
  values,
  labels,
  selected,
  current,
  onChange,
}: {
  label: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: T[];
  /** The latest requested selection, which may be ahead of `selected` while the page updates. */
  current: () => T[];
  onChange: (next: T[]) => void;
}) {
  const summary = selected.length === 0 ? 'Any' : selected.length === 1 ? labels[selected[0]] : `${selected.length} selected`;
  return (
    <div className="flex flex-col gap-1.5">
      <span className="text-sm font-medium leading-none">{label}</span>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" className="w-44 justify-between font-normal" aria-label={`${label}: ${summary}`}>
            <span className="truncate">{summary}</span>
            <ChevronDown className="opacity-60" aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="max-h-80 overflow-y-auto">
          {values.map((value) => (
            <DropdownMenuCheckboxItem
              key={value}
              checked={selected.includes(value)}
              // Keep the menu open: picking several values is the common case.
              onSelect={(e) => e.preventDefault()}
              onCheckedChange={(checked) => {
                const base = current();
                onChange(checked ? [...base.filter((v) => v !== value), value] : base.filter((v) => v !== value));
              }}
            >
              {labels[value]}
            </DropdownMenuCheckboxItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
