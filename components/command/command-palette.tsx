'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { FileText, Search, Telescope } from 'lucide-react';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import { navItemsFor } from '@/components/layout/nav-items';
import { formatOccurredAt } from '@/lib/phenoms/vocabulary';
import { cn } from '@/lib/utils';
import { isPaletteShortcut, matchPages, PHENOM_QUERY_MIN, moveActive, phenomResults, phenomSearchSchema, phenomSearchUrl, type PaletteResult } from '@/lib/command/palette';

type Search = { state: 'idle' } | { state: 'loading' } | { state: 'done'; results: PaletteResult[] } | { state: 'failed' };

/** Phenoms found for `query`, through GET /api/phenoms; a newer query cancels the older one's request. */
function usePhenomSearch(query: string): Search {
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  useEffect(() => {
    const url = phenomSearchUrl(query);
    if (!url) {
      setSearch({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setSearch({ state: 'loading' });
    // A short pause so typing a word sends one request, not one per letter.
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(url, { signal: controller.signal });
        const parsed = phenomSearchSchema.safeParse(res.ok ? await res.json() : null);
        setSearch(parsed.success ? { state: 'done', results: phenomResults(parsed.data.phenoms, (iso) => formatOccurredAt(iso, 'day')) } : { state: 'failed' });
      } catch {
        if (!controller.signal.aborted) setSearch({ state: 'failed' });
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return search;
}

/** ⌘K / Ctrl-K anywhere, or the search button in the top bar: jump to a page, or find a phenom by title or place. */
export function CommandPalette({ isAdmin }: { isAdmin: boolean }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteShortcut(e)) return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        aria-keyshortcuts="Meta+K Control+K"
        className="inline-flex h-9 items-center gap-2 rounded-md border bg-background px-3 text-sm text-muted-foreground outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <Search className="size-4" aria-hidden />
        <span>Search</span>
        <kbd className="hidden rounded border bg-muted px-1.5 font-mono text-[11px] sm:inline">Ctrl K</kbd>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-[12vh] z-50 w-[calc(100%-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl border bg-background shadow-xl"
        >
          <Dialog.Title className="sr-only">Go to a page or find a phenom</Dialog.Title>
          {open ? <PaletteBody isAdmin={isAdmin} onDone={() => setOpen(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function searchNote(search: Search, query: string): string {
  switch (search.state) {
    case 'idle':
      return `Type ${PHENOM_QUERY_MIN} or more letters to find phenoms. ↑ ↓ to move, Enter to open.`;
    case 'loading':
      return 'Searching phenoms…';
    case 'failed':
      return 'The phenom search failed: try again.';
    case 'done':
      return search.results.length ? '↑ ↓ to move, Enter to open, Esc to close.' : `No phenom matches “${query.trim()}”.`;
  }
}

function PaletteBody({ isAdmin, onDone }: { isAdmin: boolean; onDone: () => void }) {
  const { navigate } = useAppNavigation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const pages = useMemo(() => matchPages(navItemsFor(isAdmin), query).map((p): PaletteResult => ({ kind: 'page', href: p.href, label: p.label })), [isAdmin, query]);
  const search = usePhenomSearch(query);
  const results = useMemo(() => [...pages, ...(search.state === 'done' ? search.results : [])], [pages, search]);
  const current = results[Math.min(active, results.length - 1)];

  function go(result: PaletteResult | undefined) {
    if (!result) return;
    onDone();
    navigate(result.href);
  }

  return (
    <div>
      <div className="flex items-center gap-2 border-b px-3">
        <Search className="size-4 text-muted-foreground" aria-hidden />
        <input
          autoFocus
          role="combobox"
          aria-label="Page or phenom"
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? `${listId}-${results.indexOf(current)}` : undefined}
          placeholder="Go to a page, or find a phenom by title or place…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(current);
            } else if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key) && results.length) {
              e.preventDefault();
              setActive((a) => moveActive(a, results.length, e.key));
            }
          }}
          className="h-12 flex-1 bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Results" className="max-h-[50vh] overflow-y-auto p-2">
        {results.map((r, i) => {
          const Icon = r.kind === 'page' ? FileText : Telescope;
          return (
            <li
              key={`${r.kind}:${r.href}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={r === current}
              onMouseMove={() => setActive(i)}
              onClick={() => go(r)}
              className={cn('flex cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm', r === current && 'bg-accent text-accent-foreground')}
            >
              <Icon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
              <span className="min-w-0 flex-1">
                <span className="block truncate">{r.label}</span>
                {r.detail ? <span className="block truncate text-xs text-muted-foreground">{r.detail}</span> : null}
              </span>
              <span className="text-xs text-muted-foreground">{r.kind === 'page' ? 'Page' : 'Phenom'}</span>
            </li>
          );
        })}
      </ul>
      <p role="status" className="border-t px-4 py-2 text-xs text-muted-foreground">
        {searchNote(search, query)}
      </p>
    </div>
  );
}
