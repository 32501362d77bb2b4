import { z } from 'zod';
import { DEG, geodeticToEcef, inertialToEcef, lookAngles, observerFrame } from './geodesy';
import { gmstAt } from './satellites';
import type { ProviderAnswer, SkyContext, SkyObject, SkyPosition, SkyProvider } from './types';

/**
 * Balloons and launches from a local file, so a new source (a radiosonde feed, a launch schedule) only has to write
 * this format; the engine does not change. Format "nest-sky-objects/1" (JSON):
 *
 *   { "format": "nest-sky-objects/1", "source": "where it came from", "fetched_at": "ISO time or null",
 *     "objects": [ { "kind": "balloon" | "launch", "id": "…", "name": "…",
 *                    "track": [ { "t": "ISO time", "lat": deg, "lon": deg, "alt_m": metres above WGS84 }, … ] } ] }
 *
 * A track is a list of timed positions (at least one, in time order); positions between points are interpolated
 * linearly, and an object counts only within its track's time span (a single point: ±10 minutes around it).
 */

const trackPointSchema = z.object({
  t: z.iso.datetime({ offset: true }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  alt_m: z.number().min(-500).max(1_000_000),
});
export const skyObjectsFileSchema = z.object({
  format: z.literal('nest-sky-objects/1'),
  source: z.string().min(1),
  fetched_at: z.iso.datetime({ offset: true }).nullable(),
  objects: z.array(
    z.object({
      kind: z.enum(['balloon', 'launch']),
      id: z.string().min(1),
      name: z.string().min(1),
      track: z
        .array(trackPointSchema)
        .min(1)
        .refine((t) => t.every((p, i) => i === 0 || Date.parse(p.t) >= Date.parse(t[i - 1].t)), 'track points must be in time order'),
    }),
  ),
});
export type SkyObjectsFile = z.infer<typeof skyObjectsFileSchema>;
type LocalObject = SkyObjectsFile['objects'][number];

const SINGLE_POINT_SPAN_MS = 10 * 60_000;

export function interpolateTrack(track: LocalObject['track'], ms: number): { lat: number; lon: number; altM: number } | null {
  const times = track.map((p) => Date.parse(p.t));
  if (track.length === 1) return Math.abs(ms - times[0]) <= SINGLE_POINT_SPAN_MS ? { lat: track[0].lat, lon: track[0].lon, altM: track[0].alt_m } : null;
  if (ms < times[0] || ms > times[times.length - 1]) return null;
  const i = Math.max(0, times.findIndex((t) => t >= ms) - 1);
  const [a, b] = [track[i], track[Math.min(i + 1, track.length - 1)]];
  const span = times[i + 1] - times[i] || 1;
  const f = Math.min(1, Math.max(0, (ms - times[i]) / span));
  return { lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f, altM: a.alt_m + (b.alt_m - a.alt_m) * f };
}

/**
 * Sunlit when the Sun is above the object's own horizon, lowered by the dip of that horizon at its height. (The
 * satellites' cylindrical shadow is too coarse a few kilometres above the ground.)
 */
export function sunlitAt(p: { lat: number; lon: number; altM: number }, sunInertialUnit: readonly [number, number, number], ms: number): boolean {
  const frame = observerFrame({ latDeg: p.lat, lonDeg: p.lon, heightKm: p.altM / 1000 });
  const sun = inertialToEcef(sunInertialUnit as [number, number, number], gmstAt(ms));
  const sunEl = Math.asin(sun[0] * frame.up[0] + sun[1] * frame.up[1] + sun[2] * frame.up[2]);
  const ground = Math.hypot(...geodeticToEcef({ latDeg: p.lat, lonDeg: p.lon, heightKm: 0 }));
  const dip = Math.acos(ground / (ground + Math.max(0, p.altM) / 1000));
  return sunEl > -dip - SUNSET_REFRACTION_RAD;
}

/** The horizon refraction that keeps the Sun visible about half a degree below the geometric horizon. */
const SUNSET_REFRACTION_RAD = 0.57 * DEG;

function positionOf(o: LocalObject, ctx: SkyContext, ms: number): SkyPosition | null {
  const p = interpolateTrack(o.track, ms);
  if (!p) return null;
  const ecef = geodeticToEcef({ latDeg: p.lat, lonDeg: p.lon, heightKm: p.altM / 1000 });
  const look = lookAngles(ctx.frame, ecef);
  // A balloon at 30 km stays in sunlight long after sunset on the ground.
  const sunlit = sunlitAt(p, ctx.sun.inertialUnit, ms);
  return { az: look.azDeg, el: look.elDeg, rangeKm: look.rangeKm, sunlit, magnitude: null };
}

export function localObjectsProvider(file: SkyObjectsFile, name = 'local-objects'): SkyProvider {
  return {
    name,
    sky(ctx: SkyContext): ProviderAnswer {
      const objects: SkyObject[] = file.objects.flatMap((o) => {
        const pos = positionOf(o, ctx, ctx.atMs);
        if (!pos || pos.el <= 0) return [];
        return [{ kind: o.kind, name: o.name, id: o.id, flags: [], ...pos, at: (ms: number) => positionOf(o, ctx, ms) }];
      });
      const used = new Set(objects.map((o) => o.id));
      return { objects, raw: { provider: name, source: file.source, fetchedAt: file.fetched_at, data: { ...file, objects: file.objects.filter((o) => used.has(o.id)) } } };
    },
  };
}
