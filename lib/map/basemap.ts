import type { FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/**
 * A basemap that needs no network at all: land and country borders from Natural Earth 1:110m (world-atlas,
 * bundled, ~100 KB) and a graticule, drawn as GeoJSON. No tiles, no glyphs, no sprites, so the map works on an
 * offline machine and behind any firewall; with MAPBOX_TOKEN set the app uses Mapbox's hosted style instead.
 */

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export interface BasemapColors {
  water: string;
  land: string;
  border: string;
  graticule: string;
}

export const LIGHT_COLORS: BasemapColors = { water: '#dbe7f3', land: '#f7f7f4', border: '#b8b8b0', graticule: '#c4d4e4' };
export const DARK_COLORS: BasemapColors = { water: '#0b1320', land: '#1f2530', border: '#3c4454', graticule: '#1b2636' };

/** Meridians and parallels every `step` degrees, as lines dense enough to curve on a globe projection. */
export function graticule(step = 30): FeatureCollection<LineString> {
  const lines: LineString[] = [];
  for (let lng = -180; lng <= 180; lng += step) {
    lines.push({ type: 'LineString', coordinates: Array.from({ length: 37 }, (_, i) => [lng, -90 + i * 5]) });
  }
  for (let lat = -90 + step; lat < 90; lat += step) {
    lines.push({ type: 'LineString', coordinates: Array.from({ length: 73 }, (_, i) => [-180 + i * 5, lat]) });
  }
  return { type: 'FeatureCollection', features: lines.map((geometry) => ({ type: 'Feature', geometry, properties: {} })) };
}

/**
 * Natural Earth rings that cross the antimeridian (Russia, Fiji, Antarctica) jump from +180 to -180 between two
 * points, which a renderer draws as a stripe across the whole world. Unwrapping keeps each ring continuous
 * (longitudes may pass ±180); the map draws those parts on the neighbouring world copy, where they belong.
 */
export function unwrapLongitudes(line: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  for (let i = 0; i < line.length; i++) {
    const [lng, lat, ...rest] = line[i];
    if (i > 0) {
      const step = lng + offset - out[i - 1][0];
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    out.push([lng + offset, lat, ...rest]);
  }
  return out;
}

function unwrapGeometry<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'LineString':
      return { ...geometry, coordinates: unwrapLongitudes(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapLongitudes) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapLongitudes)) };
    default:
      return geometry;
  }
}

let shapes: { land: FeatureCollection; borders: MultiLineString } | undefined;

function worldShapes() {
  if (!shapes) {
    const topology = countries110m as unknown as CountriesTopology;
    const land = feature(topology, topology.objects.land);
    shapes = {
      land: { ...land, features: land.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })) },
      // Only borders between two countries: coastlines come from the land fill.
      borders: unwrapGeometry(mesh(topology, topology.objects.countries, (a, b) => a !== b)),
    };
  }
  return shapes;
}

export function offlineStyle(colors: BasemapColors): StyleSpecification {
  const { land, borders } = worldShapes();
  return {
    version: 8,
    name: 'N.E.S.T. offline',
    sources: {
      land: { type: 'geojson', data: land },
      borders: { type: 'geojson', data: { type: 'Feature', geometry: borders, properties: {} } },
      graticule: { type: 'geojson', data: graticule() },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colors.water } },
      { id: 'graticule', type: 'line', source: 'graticule', paint: { 'line-color': colors.graticule, 'line-width': 0.6 } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': colors.border, 'line-width': 0.7 } },
    ],
  };
}
