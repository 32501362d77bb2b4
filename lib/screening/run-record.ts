import { z } from 'zod';
import { aircraftProvider, storedStatesSource } from './aircraft';
import { bodiesProvider } from './bodies';
import { ommRecordSchema, parseTle, type ElementSet } from './elements';
import type { Candidate, ProviderRun, ScreeningRequest, ScreeningResult } from './engine';
import { localObjectsProvider, skyObjectsFileSchema } from './local-objects';
import { prepareCatalogue, satelliteProvider } from './satellite-provider';
import type { SkyProvider } from './types';
import { ProviderError } from './provider-error';

/**
 * A screening run as it is stored (screening_run + screening_candidate) and read back: the insert, the replay
 * (providers rebuilt from the raw data the run kept) and what changed since the previous run.
 */

/** Bumped when a change to lib/screening can change a result, so stored runs say which engine made them. */
export const ENGINE_VERSION = 'nest-screening/1 (satellite.js 5.0.0, astronomy-engine 2.1.19)';

/** Candidates kept per run: the dome and the accept list show the best; the raw data keeps the rest replayable. */
export const STORED_CANDIDATES = 50;

export type RunTrigger = 'manual' | 'bulk' | 'intake' | 'replay';

export const runInputsSchema = z.object({
  observer: z.object({ latDeg: z.number().min(-90).max(90), lonDeg: z.number().min(-180).max(180), heightM: z.number() }),
  at: z.iso.datetime({ offset: true }),
  direction: z.object({ azDeg: z.number().nullish(), elDeg: z.number().nullish() }).nullable(),
  windowS: z.number().positive(),
});
export type RunInputs = z.infer<typeof runInputsSchema>;

export function runInputs(request: ScreeningRequest): RunInputs {
  return { observer: request.observer, at: new Date(request.atMs).toISOString(), direction: request.direction ?? null, windowS: request.windowS ?? 300 };
}

export function requestFromInputs(inputs: RunInputs): ScreeningRequest {
  return { observer: inputs.observer, atMs: Date.parse(inputs.at), direction: inputs.direction ?? undefined, windowS: inputs.windowS };
}

export interface CandidateRow {
  rank: number;
  kind: Candidate['kind'];
  object_id: string | null;
  name: string;
  flags: string[];
  az: number;
  el: number;
  range_km: number;
  time_offset_s: number;
  sunlit: boolean | null;
  visible: boolean;
  magnitude: number | null;
  separation_deg: number | null;
  verdict: Candidate['verdict'];
  reasons: string;
  track: Candidate['track'];
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

export function candidateRow(c: Candidate, rank: number): CandidateRow {
  return {
    rank,
    kind: c.kind,
    object_id: c.id === null ? null : String(c.id),
    name: c.name.slice(0, 200),
    flags: c.flags,
    az: r3(c.az) % 360,
    el: r3(c.el),
    range_km: r3(c.rangeKm),
    time_offset_s: c.timeOffsetS,
    sunlit: c.sunlit,
    visible: c.visible,
    magnitude: c.magnitude === null ? null : r3(c.magnitude),
    separation_deg: c.separationDeg,
    verdict: c.verdict,
    reasons: c.reasons,
    track: c.track,
  };
}

/** The screening_run insert, candidates nested: one statement, so a run is stored whole or not at all. */
export function runInsert(phenomId: string, request: ScreeningRequest, result: ScreeningResult, trigger: RunTrigger, replayOf: string | null = null) {
  return {
    phenom_id: phenomId,
    trigger,
    engine_version: ENGINE_VERSION,
    inputs: runInputs(request),
    sun: result.sun,
    providers: result.providers,
    failed_providers: result.providers.filter((p) => !p.ok).length,
    replay_of: replayOf,
    candidates: { data: result.candidates.slice(0, STORED_CANDIDATES).map((c, i) => candidateRow(c, i + 1)) },
  };
}

// ------------------------------------------------------------------------------------------------------ replay

const storedSetSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('tle'), norad: z.number(), name: z.string().nullable(), epoch: z.string(), lines: z.tuple([z.string(), z.string()]) }),
  z.object({ format: z.literal('omm'), norad: z.number(), name: z.string().nullable(), epoch: z.string(), omm: ommRecordSchema }),
]);
const storedProviderSchema = z.object({
  provider: z.string(),
  ok: z.boolean(),
  error: z.string().nullable(),
  objectCount: z.number(),
  raw: z.object({ provider: z.string(), source: z.string(), fetchedAt: z.string().nullable(), data: z.unknown() }).nullable(),
  note: z.string().optional(),
});
export const storedProvidersSchema = z.array(storedProviderSchema);

function setFromStored(s: z.infer<typeof storedSetSchema>): ElementSet {
  if (s.format === 'omm') return { format: 'omm', norad: s.norad, name: s.name, intlDesignator: s.omm.OBJECT_ID ?? null, epoch: s.epoch, omm: s.omm };
  const parsed = parseTle([s.name ?? '', ...s.lines].join('\n')).sets[0];
  if (!parsed) throw new Error(`stored element set ${s.norad} cannot be read`);
  return parsed;
}

/**
 * Providers that answer exactly as the run's did, from its stored raw data (no network, no files). A provider that
 * had failed stays failed, with its error, so a replay shows the same gap.
 */
export function providersFromRun(stored: unknown): SkyProvider[] {
  return storedProvidersSchema.parse(stored).map((p): SkyProvider => {
    if (!p.ok || !p.raw) return { name: p.provider, sky: () => Promise.reject(new ProviderError(p.error ?? 'failed in the original run', 'stored')) };
    const raw = p.raw;
    switch (raw.provider) {
      case 'satellites': {
        const data = z.object({ sets: z.array(storedSetSchema) }).passthrough().parse(raw.data);
        return satelliteProvider(prepareCatalogue({ source: raw.source, fetchedAt: raw.fetchedAt, sets: data.sets.map(setFromStored) }));
      }
      case 'bodies':
        return bodiesProvider();
      case 'aircraft':
        return aircraftProvider(storedStatesSource(raw.data, { source: raw.source, fetchedAt: raw.fetchedAt, note: p.note }));
      default:
        return localObjectsProvider(skyObjectsFileSchema.parse(raw.data), raw.provider);
    }
  });
}

// ------------------------------------------------------------------------------------------------------ changes

export interface ComparableCandidate {
  kind: string;
  object_id: string | null;
  name: string;
  verdict: string | null;
  rank: number;
}

export interface RunChanges {
  added: ComparableCandidate[];
  removed: ComparableCandidate[];
  verdictChanged: Array<{ candidate: ComparableCandidate; from: string | null; to: string | null }>;
}

const keyOf = (c: ComparableCandidate) => `${c.kind}:${c.object_id ?? c.name}`;

/** What a re-screening changed: candidates new, gone, or with another verdict (newer element sets, aircraft…). */
export function compareRuns(previous: readonly ComparableCandidate[], next: readonly ComparableCandidate[]): RunChanges {
  const before = new Map(previous.map((c) => [keyOf(c), c]));
  const after = new Map(next.map((c) => [keyOf(c), c]));
  return {
    added: next.filter((c) => !before.has(keyOf(c))),
    removed: previous.filter((c) => !after.has(keyOf(c))),
    verdictChanged: next.flatMap((c) => {
      const old = before.get(keyOf(c));
      return old && old.verdict !== c.verdict ? [{ candidate: c, from: old.verdict, to: c.verdict }] : [];
    }),
  };
}

// ------------------------------------------------------------------------------------------------------ accepting

export type PhenomOutcome = 'satellite' | 'starlink' | 'planet_star' | 'aircraft' | 'balloon' | 'other';

/** The phenom outcome a candidate explains it as. */
export function outcomeFor(c: { kind: string; flags: readonly string[] }): PhenomOutcome {
  switch (c.kind) {
    case 'satellite':
      return c.flags.includes('starlink') ? 'starlink' : 'satellite';
    case 'sun':
    case 'moon':
    case 'planet':
      return 'planet_star';
    case 'aircraft':
      return 'aircraft';
    case 'balloon':
      return 'balloon';
    default:
      return 'other';
  }
}

export type { ProviderRun };
