import { observerFrame } from './geodesy';
import { sunState } from './sun';
import type { Observer, RawProviderData, ReportedDirection, SkyContext, SkyDarkness, SkyKind, SkyObject, SkyProvider } from './types';
import { publicProviderError } from './provider-error';
import { describeCandidate, isFullDirection, isVisible, separationFrom, VERDICT_RANK, VERDICT_THRESHOLDS, verdictFor, type Verdict } from './verdict';

/**
 * The screening engine: asks every provider what was in the sky over the observer at the report time, decides
 * what could be seen by eye, compares it with the reported direction and gives each visual candidate a verdict
 * with its reasons. It decides nothing about the phenom: staff accept a candidate (or not).
 */

export interface ScreeningRequest {
  observer: Observer;
  atMs: number;
  direction?: ReportedDirection;
  /** Half-width of the time window for tracks and the best-match time, seconds (default 300). */
  windowS?: number;
  /** Track sample step, seconds (default 30). */
  trackStepS?: number;
  /** Candidates that get a track (default 20): tracks cost propagations, the dome shows the best ones. */
  maxTracked?: number;
  /** Only what could be seen by eye (default true); false lists everything above the horizon (screen:sky). */
  visualOnly?: boolean;
}

export interface TrackPoint {
  /** Seconds from the report time. */
  dt: number;
  az: number;
  el: number;
  sunlit: boolean | null;
}

export interface AnnotatedObject extends Omit<SkyObject, 'at'> {
  visible: boolean;
}

export interface Candidate extends AnnotatedObject {
  separationDeg: number | null;
  /** Best-matching time minus report time, seconds (0 without a direction). */
  timeOffsetS: number;
  verdict: Verdict | null;
  reasons: string;
  track: TrackPoint[];
}

export interface ProviderRun {
  provider: string;
  ok: boolean;
  error: string | null;
  objectCount: number;
  raw: RawProviderData | null;
  /** The provider's note (ProviderAnswer.note), when it gave one. */
  note?: string;
}

export interface ScreeningResult {
  observer: Observer;
  at: string;
  direction: ReportedDirection | null;
  sun: { az: number; el: number; darkness: SkyDarkness };
  /** Everything above the horizon, visible or not. */
  objects: AnnotatedObject[];
  /** Visual candidates, best first. */
  candidates: Candidate[];
  providers: ProviderRun[];
}

const MOVING: ReadonlySet<SkyKind> = new Set(['satellite', 'aircraft', 'balloon', 'launch']);
const BEST_MATCH_STEP_S = 5;

async function askProviders(providers: readonly SkyProvider[], ctx: SkyContext) {
  const settled = await Promise.allSettled(providers.map(async (p) => p.sky(ctx)));
  const runs: ProviderRun[] = [];
  const objects: SkyObject[] = [];
  settled.forEach((s, i) => {
    const provider = providers[i].name;
    if (s.status === 'fulfilled') {
      runs.push({ provider, ok: true, error: null, objectCount: s.value.objects.length, raw: s.value.raw, ...(s.value.note ? { note: s.value.note } : {}) });
      objects.push(...s.value.objects);
    } else {
      // One provider down (OpenSky rate limit, a missing file) must not cost the others' answers.
      runs.push({ provider, ok: false, error: publicProviderError(provider, s.reason), objectCount: 0, raw: null });
    }
  });
  return { runs, objects };
}

/**
 * The time in the window where the object best matches the reported direction while still above the horizon and
 * lit: a coarse scan at the track step, then a fine one around the best coarse sample.
 */
function bestMatch(o: SkyObject, req: ScreeningRequest & { windowS: number; trackStepS: number }, sep0: number): { dt: number; sep: number } {
  let best = { dt: 0, sep: sep0 };
  if (!o.at || !MOVING.has(o.kind)) return best;
  const consider = (dt: number) => {
    if (dt === 0 || Math.abs(dt) > req.windowS) return;
    const p = o.at!(req.atMs + dt * 1000);
    if (!p || p.el <= 0 || p.sunlit === false) return;
    const sep = separationFrom(req.direction, p.az, p.el);
    if (sep !== null && sep < best.sep - 1e-9) best = { dt, sep };
  };
  for (let dt = -req.windowS; dt <= req.windowS; dt += req.trackStepS) consider(dt);
  const centre = best.dt;
  for (let dt = centre - req.trackStepS + BEST_MATCH_STEP_S; dt < centre + req.trackStepS; dt += BEST_MATCH_STEP_S) consider(dt);
  return best;
}

function trackOf(o: SkyObject, req: ScreeningRequest & { windowS: number; trackStepS: number }): TrackPoint[] {
  if (!o.at) return [];
  const points: TrackPoint[] = [];
  // Sun, Moon and planets move a degree or two in minutes: the ends and the middle draw them.
  const step = MOVING.has(o.kind) ? req.trackStepS : req.windowS;
  for (let dt = -req.windowS; dt <= req.windowS; dt += step) {
    const p = o.at(req.atMs + dt * 1000);
    if (p) points.push({ dt, az: round(p.az, 2), el: round(p.el, 2), sunlit: p.sunlit });
  }
  return points;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function strip({ at: _at, ...rest }: SkyObject): Omit<SkyObject, 'at'> {
  void _at;
  return rest;
}

function rankKey(c: Candidate): [number, number, number] {
  return [-(c.verdict ? VERDICT_RANK[c.verdict] : 0), c.separationDeg ?? 0, c.magnitude ?? 99];
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const [ka, kb] = [rankKey(a), rankKey(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return b.el - a.el;
}

export async function screen(request: ScreeningRequest, providers: readonly SkyProvider[]): Promise<ScreeningResult> {
  const req = { windowS: 300, trackStepS: 30, maxTracked: 20, visualOnly: true, ...request };
  const frame = observerFrame({ latDeg: req.observer.latDeg, lonDeg: req.observer.lonDeg, heightKm: req.observer.heightM / 1000 });
  const sun = sunState(req.observer, req.atMs);
  const ctx: SkyContext = { observer: req.observer, frame, atMs: req.atMs, sun, visualOnly: req.visualOnly };
  const { runs, objects } = await askProviders(providers, ctx);

  const visible = objects.filter((o) => isVisible(o, sun));
  const sep0 = new Map(visible.map((o) => [o, separationFrom(req.direction, o.az, o.el)]));
  const matched = visible.map((o) => {
    const s = sep0.get(o) ?? null;
    return { o, match: s === null ? { dt: 0, sep: null } : bestMatch(o, req, s) };
  });
  const fullDirection = isFullDirection(req.direction);
  // Only candidates near the reported direction can crowd a "certain" one: keep those, not all n² pairs.
  const near = matched.flatMap((m, i) => (m.match.sep !== null && m.match.sep <= VERDICT_THRESHOLDS.certainExclusiveDeg ? [{ i, sep: m.match.sep }] : []));
  const ranked = matched.map(({ o, match }, i) => {
    const others = near.filter((n) => n.i !== i).map((n) => n.sep);
    const { verdict, why } = verdictFor({ separationDeg: match.sep, timeOffsetS: match.dt, othersSeparationDeg: others, fullDirection });
    const base = { ...strip(o), visible: true, separationDeg: match.sep === null ? null : round(match.sep, 2), timeOffsetS: match.dt };
    const candidate: Candidate = { ...base, verdict, reasons: `${describeCandidate(base)}; ${verdict ?? 'no match'}: ${why}`, track: [] };
    return { candidate, object: o };
  });
  ranked.sort((a, b) => compareCandidates(a.candidate, b.candidate));
  ranked.slice(0, req.maxTracked).forEach((r) => (r.candidate.track = trackOf(r.object, req)));
  const candidates = ranked.map((r) => r.candidate);

  return {
    observer: req.observer,
    at: new Date(req.atMs).toISOString(),
    direction: req.direction ?? null,
    sun: { az: sun.az, el: sun.el, darkness: sun.darkness },
    objects: objects.map((o) => ({ ...strip(o), visible: isVisible(o, sun) })),
    candidates,
    providers: runs,
  };
}
