import type { ObserverFrame } from './geodesy';

/** What a sky object is; an aircraft provider answers 'aircraft', the satellite provider 'satellite', and so on. */
export type SkyKind = 'satellite' | 'sun' | 'moon' | 'planet' | 'aircraft' | 'balloon' | 'launch';

export interface Observer {
  latDeg: number;
  lonDeg: number;
  /** Above the WGS84 ellipsoid (close enough to above sea level for look angles). */
  heightM: number;
}

/** Where the witness looked; either part may be missing (a compass bearing only, or "30° up" only). */
export interface ReportedDirection {
  azDeg?: number | null;
  elDeg?: number | null;
}

export interface SkyPosition {
  /** Degrees from true north through east. */
  az: number;
  /** Degrees above the horizon (apparent, i.e. refracted, for Sun, Moon and planets). */
  el: number;
  rangeKm: number;
  /** In sunlight (not in Earth's shadow); null where it does not apply (aircraft lights, the Sun itself). */
  sunlit: boolean | null;
  magnitude: number | null;
}

export interface SkyObject extends SkyPosition {
  kind: SkyKind;
  name: string;
  /** NORAD catalogue number for a satellite, ICAO24 for an aircraft, the provider's id otherwise. */
  id: string | number | null;
  /** Extra labels: 'iss', 'starlink', … */
  flags: string[];
  /** The object's position at another time (tracks, best-match time); null below the model's validity. */
  at?: (ms: number) => SkyPosition | null;
}

export type SkyDarkness = 'day' | 'civil' | 'nautical' | 'astronomical' | 'night';

export interface SunState {
  /** Apparent elevation of the Sun for the observer, degrees. */
  el: number;
  az: number;
  darkness: SkyDarkness;
  /** Unit vector to the Sun in the inertial frame of the satellite elements (TEME ≈ true equator of date). */
  inertialUnit: readonly [number, number, number];
}

export interface SkyContext {
  observer: Observer;
  frame: ObserverFrame;
  atMs: number;
  sun: SunState;
  /**
   * Screening wants only what could be seen by eye: a provider may then leave out objects that the visibility
   * rules (lib/screening/verdict.ts) exclude for certain, e.g. every satellite while the sky is bright. The sky
   * listing (screen:sky) asks for everything above the horizon.
   */
  visualOnly: boolean;
}

/** The raw data a provider answered from, stored with a run so it can be replayed exactly. */
export interface RawProviderData {
  provider: string;
  /** Where the data came from: a URL, a file name, 'astronomy-engine 2.1.19'. */
  source: string;
  /** When the data was fetched from its source (null for computed models). */
  fetchedAt: string | null;
  /** Provider-specific, JSON-serialisable (element sets, state vectors, …). */
  data: unknown;
}

export interface ProviderAnswer {
  objects: SkyObject[];
  raw: RawProviderData;
  /**
   * Why the answer is empty or partial although nothing failed, in words for the candidate list (e.g. OpenSky keeps
   * one hour of history, and the report is older).
   */
  note?: string;
}

/** One source of sky objects: "what of my kind was in the sky over this observer at this time". */
export interface SkyProvider {
  readonly name: string;
  sky(ctx: SkyContext): ProviderAnswer | Promise<ProviderAnswer>;
}
