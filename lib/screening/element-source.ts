import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MAX_ELEMENT_AGE_DAYS, parseElements, pickNearestSets, type ElementSet } from './elements';
import type { ElementCatalogue } from './satellite-provider';

/**
 * Where element sets come from. CelesTrak's GP data (current sets only, OMM JSON) when the report is recent
 * enough for current sets to apply, cached on disk for 2 hours as CelesTrak asks (a repeat download within that
 * time gets a 403); local element files (any TLE/OMM file in a folder) otherwise and in addition. The
 * stand-in local/celestrak serves the same URL from ../shared/data/tle in the test stack (CELESTRAK_URL).
 */

const listOf = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(z.string().regex(/^[a-z0-9-]+$/i, 'must be CelesTrak group names')).min(1));

export const elementSourceEnvSchema = z.object({
  CELESTRAK_URL: z.url().default('https://celestrak.org'),
  /** CelesTrak groups to load: the bright objects people report, stations (ISS) and Starlink trains. */
  CELESTRAK_GROUPS: listOf.default(['visual', 'stations', 'starlink']),
  /** Folder of local element files (historical sets for older reports); optional. */
  SCREENING_ELEMENTS_DIR: z.string().min(1).optional(),
  SCREENING_CACHE_DIR: z.string().min(1).default('.local-data/celestrak'),
});
export type ElementSourceEnv = z.infer<typeof elementSourceEnvSchema>;

export function elementSourceEnv(source: Record<string, string | undefined> = process.env): ElementSourceEnv {
  const parsed = elementSourceEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid element source configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const CACHE_TTL_MS = 2 * 3_600_000;
const FETCH_TIMEOUT_MS = 15_000;

export interface FetchedGroup {
  group: string;
  url: string;
  fetchedAt: string;
  sets: ElementSet[];
}

const cacheMetaSchema = z.object({ url: z.string(), fetchedAt: z.iso.datetime(), body: z.string() });

export function gpUrl(base: string, group: string): string {
  const url = new URL('/NORAD/elements/gp.php', base);
  url.searchParams.set('GROUP', group);
  url.searchParams.set('FORMAT', 'json');
  return url.toString();
}

/** One CelesTrak group: from the cache while younger than 2 hours, else downloaded (and cached). */
export async function celestrakGroup(env: ElementSourceEnv, group: string, now = Date.now(), fetchImpl: typeof fetch = fetch): Promise<FetchedGroup> {
  const url = gpUrl(env.CELESTRAK_URL, group);
  const cacheFile = path.join(env.SCREENING_CACHE_DIR, `${group}.json`);
  const cached = await readFile(cacheFile, 'utf8').then((t) => cacheMetaSchema.safeParse(JSON.parse(t)), () => null);
  const fresh = cached?.success && cached.data.url === url && now - Date.parse(cached.data.fetchedAt) < CACHE_TTL_MS ? cached.data : null;
  if (fresh) return { group, url, fetchedAt: fresh.fetchedAt, sets: parseElements(fresh.body).sets };
  let body: string;
  try {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
    body = await res.text();
    if (!res.ok) throw new Error(`CelesTrak answered ${res.status}: ${body.slice(0, 120).trim()}`);
  } catch (err) {
    // Offline or refused: an older cached copy is still the best we have (its fetch time says how old).
    if (cached?.success) return { group, url, fetchedAt: cached.data.fetchedAt, sets: parseElements(cached.data.body).sets };
    throw err instanceof Error ? err : new Error(String(err));
  }
  const parsed = parseElements(body);
  if (parsed.sets.length === 0) throw new Error(`CelesTrak sent no element sets for GROUP=${group}${parsed.issues[0] ? ` (${parsed.issues[0].message})` : ''}`);
  const fetchedAt = new Date(now).toISOString();
  await mkdir(env.SCREENING_CACHE_DIR, { recursive: true });
  await writeFile(cacheFile, JSON.stringify({ url, fetchedAt, body }));
  return { group, url, fetchedAt, sets: parsed.sets };
}

const ELEMENT_FILE = /\.(tle|txt|json|csv)$/i;
const fileCache = new Map<string, { mtimeMs: number; sets: ElementSet[] }>();

/** Every element file in the folder, parsed once per modification. */
export async function localElementFiles(dir: string): Promise<Array<{ file: string; sets: ElementSet[] }>> {
  const names = (await readdir(dir)).filter((n) => ELEMENT_FILE.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const { mtimeMs } = await stat(file);
      const hit = fileCache.get(file);
      if (hit && hit.mtimeMs === mtimeMs) return { file, sets: hit.sets };
      const sets = parseElements(await readFile(file, 'utf8')).sets;
      fileCache.set(file, { mtimeMs, sets });
      return { file, sets };
    }),
  );
}

export interface GatheredElements {
  catalogue: ElementCatalogue;
  /** Per source that failed, why (the rest are still used). */
  failures: string[];
}

/**
 * The element sets for a report time: CelesTrak's current groups when the time is within 7 days of now, the local
 * files always; per object the set nearest the time. Fails only when no source answered at all.
 */
export async function elementsFor(atMs: number, env: ElementSourceEnv, now = Date.now(), fetchImpl: typeof fetch = fetch): Promise<GatheredElements> {
  const sources: string[] = [];
  const fetchedAt: string[] = [];
  const all: ElementSet[] = [];
  const failures: string[] = [];
  if (Math.abs(now - atMs) <= MAX_ELEMENT_AGE_DAYS * 86_400_000) {
    const groups = await Promise.allSettled(env.CELESTRAK_GROUPS.map((g) => celestrakGroup(env, g, now, fetchImpl)));
    groups.forEach((g, i) => {
      if (g.status === 'fulfilled') {
        sources.push(g.value.url);
        fetchedAt.push(g.value.fetchedAt);
        all.push(...g.value.sets);
      } else failures.push(`CelesTrak GROUP=${env.CELESTRAK_GROUPS[i]}: ${(g.reason as Error).message}`);
    });
  }
  if (env.SCREENING_ELEMENTS_DIR) {
    try {
      for (const f of await localElementFiles(env.SCREENING_ELEMENTS_DIR)) {
        sources.push(`file:${path.basename(f.file)}`);
        all.push(...f.sets);
      }
    } catch (err) {
      failures.push(`element files in ${env.SCREENING_ELEMENTS_DIR}: ${(err as Error).message}`);
    }
  }
  if (sources.length === 0) throw new Error(failures.join('; ') || 'no element source is configured for a report this old (set SCREENING_ELEMENTS_DIR)');
  return { catalogue: { source: sources.join(' '), fetchedAt: fetchedAt.sort()[0] ?? null, sets: pickNearestSets(all, atMs) }, failures };
}
