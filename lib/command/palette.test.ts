import { isPaletteShortcut, matchPages, moveActive, phenomResults, phenomSearchSchema, phenomSearchUrl } from './palette';

const PAGES = [
  { href: '/', label: 'Dashboard' },
  { href: '/triage', label: 'Triage' },
  { href: '/phenoms', label: 'Phenoms' },
  { href: '/audit', label: 'Audit log' },
];

test('pages: every page for nothing typed; otherwise those containing each word, those starting with it first', () => {
  expect(matchPages(PAGES, '  ').map((p) => p.href)).toEqual(['/', '/triage', '/phenoms', '/audit']);
  expect(matchPages(PAGES, 'a').map((p) => p.label)).toEqual(['Audit log', 'Dashboard', 'Triage']);
  expect(matchPages(PAGES, 'LOG aud').map((p) => p.label)).toEqual(['Audit log']);
  expect(matchPages(PAGES, 'phénoms').map((p) => p.label)).toEqual(['Phenoms']);
  expect(matchPages(PAGES, 'zzz')).toEqual([]);
});

test('phenoms are searched from two letters on, through GET /api/phenoms', () => {
  expect(phenomSearchUrl('o')).toBeNull();
  const url = new URL(phenomSearchUrl(' orb & co ')!, 'http://x');
  expect(url.pathname).toBe('/api/phenoms');
  expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'orb & co', limit: '8', sort: 'reported_at' });
  expect(new URL(phenomSearchUrl('x'.repeat(300))!, 'http://x').searchParams.get('q')).toHaveLength(200);
});

test('a found phenom reads as its title, with place and date', () => {
  const { phenoms } = phenomSearchSchema.parse({ phenoms: [{ id: 'a1', title: 'Orb', location_name: 'Lyon', country: 'FR', occurred_at: '2026-05-31T21:00:00Z', extra: 1 }, { id: 'b2', title: 'Disc', location_name: null, occurred_at: '2026-01-02T00:00:00Z' }] });
  expect(phenomResults(phenoms, (iso) => iso.slice(0, 10))).toEqual([
    { kind: 'phenom', href: '/phenoms/a1', label: 'Orb', detail: 'Lyon, FR · 2026-05-31' },
    { kind: 'phenom', href: '/phenoms/b2', label: 'Disc', detail: '2026-01-02' },
  ]);
  expect(phenomSearchSchema.safeParse({ error: { code: 'x' } }).success).toBe(false);
});

test('arrow keys wrap, Home and End jump, an empty list has nothing active', () => {
  expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
  expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
  expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
  expect(moveActive(1, 3, 'Home')).toBe(0);
  expect(moveActive(0, 3, 'End')).toBe(2);
  expect(moveActive(5, 3, 'x')).toBe(2);
  expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
});

test('⌘K and Ctrl-K open the palette; with Shift or Alt, or another key, they do not', () => {
  const key = (k: string, mods: Partial<Record<'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key: k, metaKey: false, ctrlKey: false, altKey: false, shiftKey: false, ...mods });
  expect(isPaletteShortcut(key('k', { metaKey: true }))).toBe(true);
  expect(isPaletteShortcut(key('K', { ctrlKey: true }))).toBe(true);
  expect(isPaletteShortcut(key('k'))).toBe(false);
  expect(isPaletteShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
  expect(isPaletteShortcut(key('j', { metaKey: true }))).toBe(false);
});
