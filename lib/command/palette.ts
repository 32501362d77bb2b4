import { z } from 'zod';

/**
 * The command palette's logic, apart from its dialog: which pages match what was typed, the phenoms found by the
 * search route, and the one list of results the arrow keys move through.
 */

export interface PageTarget {
  href: string;
  label: string;
}

export interface PaletteResult {
  kind: 'page' | 'phenom';
  href: string;
  label: string;
  /** A second line: the place and date of a phenom. */
  detail?: string;
}

/** Fewer typed characters than this search pages only: one letter would match half the phenoms. */
export const PHENOM_QUERY_MIN = 2;
export const PHENOM_RESULTS = 8;

const normalise = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

/** Pages whose name contains every typed word, those starting with the query first; all pages for an empty query. */
export function matchPages(pages: readonly PageTarget[], query: string): PageTarget[] {
  const q = normalise(query);
  if (!q) return [...pages];
  const words = q.split(/\s+/);
  const hits = pages.filter((p) => words.every((w) => normalise(p.label).includes(w)));
  return hits.sort((a, b) => Number(normalise(b.label).startsWith(q)) - Number(normalise(a.label).startsWith(q)));
}

/** The address of GET /api/phenoms for a palette search (title, description and place: docs/api.md). */
export function phenomSearchUrl(query: string): string | null {
  const q = query.trim();
  if (q.length < PHENOM_QUERY_MIN) return null;
  return `/api/phenoms?${new URLSearchParams({ q: q.slice(0, 200), limit: String(PHENOM_RESULTS), sort: 'reported_at' })}`;
}

/** What the palette reads of the route's answer; anything else is "the search failed", never a crash. */
export const phenomSearchSchema = z.object({
  phenoms: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      location_name: z.string().nullish(),
      country: z.string().nullish(),
      occurred_at: z.string(),
    }),
  ),
});
export type PhenomHit = z.infer<typeof phenomSearchSchema>['phenoms'][number];

export function phenomResults(hits: readonly PhenomHit[], formatDate: (iso: string) => string): PaletteResult[] {
  return hits.map((p) => ({
    kind: 'phenom',
    href: `/phenoms/${p.id}`,
    label: p.title,
    detail: [[p.location_name, p.country].filter(Boolean).join(', '), formatDate(p.occurred_at)].filter(Boolean).join(' · '),
  }));
}

/** Arrow keys wrap around the list; Home and End go to its ends. -1 means nothing is active (an empty list). */
export function moveActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return (active + 1) % count;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return Math.min(Math.max(active, 0), count - 1);
  }
}

/** ⌘K on a Mac, Ctrl-K elsewhere (both accepted everywhere: a Mac user may use an external keyboard). */
export const isPaletteShortcut = (e: Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>): boolean =>
  (e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
