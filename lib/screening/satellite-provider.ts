import type { ElementSet, ParseIssue } from './elements';
import { WGS84_A_KM } from './geodesy';
import { gmstAt, prepareSatellite, satelliteAt, observerGeometry, mayBeAboveHorizon, type PreparedSatellite } from './satellites';
import { SATELLITE_MAX_SUN_EL, UNKNOWN_MAGNITUDE_MAX_RANGE_KM } from './verdict';
import type { ProviderAnswer, SkyContext, SkyObject, SkyProvider } from './types';

export interface ElementCatalogue {
  /** Where the sets came from (a URL, a file). */
  source: string;
  fetchedAt: string | null;
  sets: readonly ElementSet[];
}

export interface PreparedCatalogue {
  source: string;
  fetchedAt: string | null;
  satellites: PreparedSatellite[];
  /** Sets SGP4 refused, by catalogue number. */
  rejected: ParseIssue[];
}

/** Initialises SGP4 once per set: the costly part, done once per catalogue rather than per phenom. */
export function prepareCatalogue(catalogue: ElementCatalogue): PreparedCatalogue {
  const satellites: PreparedSatellite[] = [];
  const rejected: ParseIssue[] = [];
  for (const set of catalogue.sets) {
    const prepared = prepareSatellite(set);
    if ('error' in prepared) rejected.push({ line: set.norad, message: prepared.error });
    else satellites.push(prepared);
  }
  return { source: catalogue.source, fetchedAt: catalogue.fetchedAt, satellites, rejected };
}

/** The set as stored with a run: exactly what SGP4 was given, so a replay propagates the same elements. */
export function storedSet(set: ElementSet) {
  return set.format === 'tle'
    ? { format: 'tle' as const, norad: set.norad, name: set.name, epoch: set.epoch, lines: [set.line1, set.line2] }
    : { format: 'omm' as const, norad: set.norad, name: set.name, epoch: set.epoch, omm: set.omm };
}

function satelliteName(sat: PreparedSatellite): string {
  return sat.set.name ?? `NORAD ${sat.set.norad}`;
}

/**
 * Satellites above the observer's horizon at the time. The raw data kept for the run is the element sets of
 * exactly those satellites: every other set was below the horizon, so a replay from these gives the same answer.
 */
export function satelliteProvider(catalogue: PreparedCatalogue): SkyProvider {
  return {
    name: 'satellites',
    sky(ctx: SkyContext): ProviderAnswer {
      const objects: SkyObject[] = [];
      const sun = ctx.sun.inertialUnit;
      const { unit } = observerGeometry(ctx.frame, ctx.atMs);
      const gmst = gmstAt(ctx.atMs);
      // In a bright sky no satellite is a visual candidate (verdict.ts), so screening propagates none.
      const skipAll = ctx.visualOnly && ctx.sun.el >= SATELLITE_MAX_SUN_EL;
      for (const sat of skipAll ? [] : catalogue.satellites) {
        // Without a magnitude a satellite is visible only within UNKNOWN_MAGNITUDE_MAX_RANGE_KM.
        const maxRange = ctx.visualOnly && sat.standardMagnitude === null ? UNKNOWN_MAGNITUDE_MAX_RANGE_KM : Infinity;
        if (sat.perigeeKm - WGS84_A_KM > maxRange) continue;
        if (!mayBeAboveHorizon(sat, unit, ctx.atMs, maxRange)) continue;
        const fix = satelliteAt(sat, ctx.frame, ctx.atMs, sun, gmst);
        if (!fix || fix.el <= 0) continue;
        objects.push({
          kind: 'satellite',
          name: satelliteName(sat),
          id: sat.set.norad,
          flags: sat.flags,
          az: fix.az,
          el: fix.el,
          rangeKm: fix.rangeKm,
          sunlit: fix.sunlit,
          magnitude: fix.magnitude,
          // The Sun's direction changes by 0.04° per minute: the one of the report time serves a track of minutes.
          at: (ms) => {
            const f = satelliteAt(sat, ctx.frame, ms, sun);
            return f && { az: f.az, el: f.el, rangeKm: f.rangeKm, sunlit: f.sunlit, magnitude: f.magnitude };
          },
        });
      }
      const used = new Set(objects.map((o) => o.id));
      return {
        objects,
        raw: {
          provider: 'satellites',
          source: catalogue.source,
          fetchedAt: catalogue.fetchedAt,
          data: {
            catalogueSize: catalogue.satellites.length,
            ...(skipAll ? { skipped: `Sun at ${ctx.sun.el.toFixed(1)}°: no satellite can be seen in a sky this bright` } : {}),
            sets: catalogue.satellites.filter((s) => used.has(s.set.norad)).map((s) => storedSet(s.set)),
          },
        },
      };
    },
  };
}
