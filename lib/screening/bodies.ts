import { Body, Equator, Horizon, Illumination, KM_PER_AU } from 'astronomy-engine';
import { astroObserver } from './sun';
import type { Observer, ProviderAnswer, SkyContext, SkyObject, SkyPosition, SkyProvider } from './types';

/**
 * Sun, Moon and planets (astronomy-engine 2.1.19): topocentric apparent places of date with aberration, refracted
 * ('normal' model) as an observer sees them; magnitudes from Illumination.
 */

const PLANETS = [Body.Mercury, Body.Venus, Body.Mars, Body.Jupiter, Body.Saturn, Body.Uranus, Body.Neptune] as const;
export const ENGINE_SOURCE = 'astronomy-engine 2.1.19';

/** `refracted: false` gives the airless (geometric) place, as Horizons' airless tables do. */
export function bodyPosition(body: Body, observer: Observer, ms: number, refracted = true): SkyPosition {
  const date = new Date(ms);
  const eq = Equator(body, date, astroObserver(observer), true, true);
  const hor = Horizon(date, astroObserver(observer), eq.ra, eq.dec, refracted ? 'normal' : undefined);
  const magnitude = Illumination(body, date).mag;
  return { az: hor.azimuth, el: hor.altitude, rangeKm: eq.dist * KM_PER_AU, sunlit: body === Body.Sun ? null : true, magnitude };
}

function kindOf(body: Body): SkyObject['kind'] {
  return body === Body.Sun ? 'sun' : body === Body.Moon ? 'moon' : 'planet';
}

export function bodiesProvider(): SkyProvider {
  return {
    name: 'bodies',
    sky(ctx: SkyContext): ProviderAnswer {
      const objects: SkyObject[] = [];
      for (const body of [Body.Sun, Body.Moon, ...PLANETS]) {
        const pos = bodyPosition(body, ctx.observer, ctx.atMs);
        if (pos.el <= 0) continue;
        objects.push({ kind: kindOf(body), name: body, id: body.toLowerCase(), flags: [], ...pos, at: (ms) => bodyPosition(body, ctx.observer, ms) });
      }
      return { objects, raw: { provider: 'bodies', source: ENGINE_SOURCE, fetchedAt: null, data: { bodies: ['Sun', 'Moon', ...PLANETS] } } };
    },
  };
}
