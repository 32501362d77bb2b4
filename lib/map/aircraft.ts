import type { FeatureCollection, Point } from 'geojson';
import { boxArea, MAX_BOX_AREA_SQ_DEG, snapBox, type Box } from '@/lib/aircraft/bbox';
import type { AircraftItem } from '@/lib/aircraft/present';

/**
 * The live-aircraft overlay of the map, the parts that need no map: which box to ask for, the features to draw and
 * the words to show. Below AIRCRAFT_MIN_ZOOM (the world and continents) the overlay is off: a box that large would
 * cost OpenSky's dearest credits every 10 s for dots nobody can tell apart.
 */

export const AIRCRAFT_MIN_ZOOM = 6;
export const AIRCRAFT_REFRESH_MS = 10_000;

export type AircraftView = { bbox: string } | { off: 'zoom' | 'antimeridian' | 'too-large' };

/** The `bbox` to ask /api/aircraft for the visible map, or why the overlay is off. */
export function aircraftView(bounds: Box, zoom: number): AircraftView {
  if (zoom < AIRCRAFT_MIN_ZOOM) return { off: 'zoom' };
  const clipped = { west: Math.max(-180, bounds.west), south: Math.max(-90, bounds.south), east: Math.min(180, bounds.east), north: Math.min(90, bounds.north) };
  // A view across the antimeridian comes as west > 180 or east < −180 from the map; the API takes one box.
  if (bounds.west < -180 || bounds.east > 180 || !(clipped.west < clipped.east)) return { off: 'antimeridian' };
  const snapped = snapBox(clipped);
  if (boxArea(snapped) > MAX_BOX_AREA_SQ_DEG) return { off: 'too-large' };
  const r = (n: number) => String(Math.round(n * 100) / 100);
  return { bbox: [snapped.west, snapped.south, snapped.east, snapped.north].map(r).join(',') };
}

export const OFF_REASONS: Record<Exclude<AircraftView, { bbox: string }>['off'], string> = {
  zoom: 'Zoom in to see live aircraft.',
  antimeridian: 'Live aircraft are not shown across the 180° meridian: pan east or west.',
  'too-large': 'Zoom in to see live aircraft (this view is too large to ask OpenSky for).',
};

export interface AircraftFeatureProperties {
  icao24: string;
  callsign: string;
  /** Degrees clockwise from north; the icon points north unrotated. */
  track: number;
  label: string;
  on_ground: boolean;
}

const FEET_PER_M = 3.28084;
const KNOTS_PER_MS = 1.943844;

/** "UAL421 · 7,200 ft · 268 kn": aviation units, as pilots and controllers give them. */
export function aircraftLabel(a: Pick<AircraftItem, 'callsign' | 'icao24' | 'geo_altitude_m' | 'baro_altitude_m' | 'velocity_ms' | 'on_ground'>): string {
  const name = a.callsign ?? a.icao24.toUpperCase();
  const alt = a.geo_altitude_m ?? a.baro_altitude_m;
  const altitude = a.on_ground ? 'on the ground' : alt === null ? 'altitude unknown' : `${(Math.round((alt * FEET_PER_M) / 100) * 100).toLocaleString('en-US')} ft`;
  const speed = a.velocity_ms === null ? 'speed unknown' : `${Math.round(a.velocity_ms * KNOTS_PER_MS)} kn`;
  return `${name} · ${altitude} · ${speed}`;
}

export function aircraftFeatures(items: readonly AircraftItem[]): FeatureCollection<Point, AircraftFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: items.map((a) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
      properties: { icao24: a.icao24, callsign: a.callsign ?? a.icao24.toUpperCase(), track: a.track_deg ?? 0, label: aircraftLabel(a), on_ground: a.on_ground },
    })),
  };
}
