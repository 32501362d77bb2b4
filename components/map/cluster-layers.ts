import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { MapCluster } from '@/lib/map/clusters';
import { PHENOM_STATUSES, STATUS_COLORS } from '@/lib/phenoms/vocabulary';

type MapLib = typeof import('maplibre-gl');

/**
 * The server's clusters on the map: circles sized by count (a label in an HTML marker: a text layer would need a
 * glyph server the offline map lacks), single phenoms as points in their status colour, and a heatmap of the same
 * cells weighted by count. Colours come from STATUS_COLORS, the one definition the legend and the badges use.
 */

export const SOURCE = 'phenom-clusters';
export const CLUSTER_LAYER = 'phenom-clusters';
export const POINT_LAYER = 'phenom-points';
const HEAT_LAYER = 'phenom-heat';

export interface ClusterProperties {
  count: number;
  id?: string;
  title?: string;
  status?: string;
  occurred_at?: string;
}

const statusColor = ['match', ['get', 'status'], ...PHENOM_STATUSES.flatMap((s) => [s, STATUS_COLORS[s]]), '#6b7280'] as unknown as ExpressionSpecification;

export function toFeatures(clusters: readonly MapCluster[]): FeatureCollection<Point, ClusterProperties> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lng, c.lat] },
      properties: { count: c.count, ...(c.phenom ? { id: c.phenom.id, title: c.phenom.title, status: c.phenom.status, occurred_at: c.phenom.occurred_at } : {}) },
    })),
  };
}

export function addClusterLayers(map: MapLibreMap, dark: boolean) {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: HEAT_LAYER,
    type: 'heatmap',
    source: SOURCE,
    layout: { visibility: 'none' },
    paint: {
      // Weight by the cell's count on a log scale: one city's thousands must not drown every other place.
      'heatmap-weight': ['min', 1, ['/', ['ln', ['+', 1, ['get', 'count']]], 8]],
      'heatmap-intensity': 1.2,
      'heatmap-radius': 40,
      'heatmap-opacity': 0.85,
    },
  });
  map.addLayer({
    id: CLUSTER_LAYER,
    type: 'circle',
    source: SOURCE,
    filter: ['!', ['has', 'id']],
    paint: {
      'circle-color': dark ? '#e5e7eb' : '#1f2937',
      'circle-opacity': 0.85,
      'circle-radius': ['step', ['get', 'count'], 14, 25, 18, 100, 22, 1000, 26, 10000, 30],
      'circle-stroke-width': 2,
      'circle-stroke-color': dark ? '#111827' : '#ffffff',
    },
  });
  map.addLayer({
    id: POINT_LAYER,
    type: 'circle',
    source: SOURCE,
    filter: ['has', 'id'],
    paint: { 'circle-color': statusColor, 'circle-radius': 6, 'circle-stroke-width': 1.5, 'circle-stroke-color': dark ? '#111827' : '#ffffff' },
  });
}

/** The heatmap instead of circles and counts, or back. */
export function showHeat(map: MapLibreMap, heat: boolean) {
  map.setLayoutProperty(HEAT_LAYER, 'visibility', heat ? 'visible' : 'none');
  for (const id of [CLUSTER_LAYER, POINT_LAYER]) map.setLayoutProperty(id, 'visibility', heat ? 'none' : 'visible');
}

const abbreviate = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k` : String(n));

/** Replaces the clusters drawn and their count labels; returns the markers, for the next call to remove. */
export function showClusters(map: MapLibreMap, lib: MapLib, clusters: readonly MapCluster[], previous: Marker[], opts: { dark: boolean; labels: boolean }): Marker[] {
  (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(toFeatures(clusters));
  for (const m of previous) m.remove();
  if (!opts.labels) return [];
  return clusters
    .filter((c) => !c.phenom)
    .map((c) => {
      const label = document.createElement('span');
      label.className = 'pointer-events-none text-[11px] font-semibold tabular-nums ' + (opts.dark ? 'text-neutral-900' : 'text-white');
      label.textContent = abbreviate(c.count);
      label.title = `${c.count.toLocaleString('en-GB')} phenoms`;
      return new lib.Marker({ element: label }).setLngLat([c.lng, c.lat]).addTo(map);
    });
}
