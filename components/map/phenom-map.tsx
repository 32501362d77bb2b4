'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, Marker } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// Mapbox GL's stylesheet (its classes are mapboxgl-*, so it does not clash): CSS cannot be loaded on demand here.
import 'mapbox-gl/dist/mapbox-gl.css';
import { boundsOf, type PhenomPointProperties } from '@/lib/map/points';
import { DARK_COLORS, LIGHT_COLORS, offlineStyle } from '@/lib/map/basemap';
import { formatOccurredAt, PHENOM_STATUSES, STATUS_COLORS, STATUS_LABELS } from '@/lib/phenoms/vocabulary';
import { aircraftView, type AircraftView } from '@/lib/map/aircraft';
import { AircraftControl } from './aircraft-control';
import { addAircraftLayer, showAircraft } from './aircraft-layer';
import { useAircraftFeed } from './use-aircraft-feed';

type MapLib = typeof import('maplibre-gl');

export interface PhenomMapProps {
  points: FeatureCollection<Point, PhenomPointProperties>;
  /** With a token the map uses Mapbox GL and its hosted style; without, MapLibre on the bundled offline basemap. */
  mapboxToken?: string;
  /** A phenom to centre on and open (from "Show on map" on the detail page). */
  focusId?: string;
}

const WORKER_URL = '/assets/maplibre-gl-worker.js';

const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...PHENOM_STATUSES.flatMap((s) => [s, STATUS_COLORS[s]]),
  '#6b7280',
] as unknown as ExpressionSpecification;

/** Loads the GL library the deployment uses. Mapbox GL's API is a superset of what this map needs. */
async function loadLibrary(mapboxToken: string | undefined, dark: boolean): Promise<{ lib: MapLib; style: Parameters<MapLib['Map']['prototype']['setStyle']>[0] }> {
  if (mapboxToken) {
    const { default: mapboxgl } = await import('mapbox-gl');
    mapboxgl.accessToken = mapboxToken;
    return { lib: mapboxgl as unknown as MapLib, style: dark ? 'mapbox://styles/mapbox/dark-v11' : 'mapbox://styles/mapbox/light-v11' };
  }
  const maplibre = await import('maplibre-gl');
  maplibre.setWorkerUrl(WORKER_URL);
  return { lib: maplibre, style: offlineStyle(dark ? DARK_COLORS : LIGHT_COLORS) };
}

/** MapLibre answers with a Promise, Mapbox GL with a callback. */
function clusterExpansionZoom(source: GeoJSONSource, clusterId: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const legacy = source.getClusterExpansionZoom as unknown as (id: number, cb: (err: Error | null, zoom: number) => void) => Promise<number> | undefined;
    const maybe = legacy.call(source, clusterId, (err, zoom) => (err ? reject(err) : resolve(zoom)));
    if (maybe && typeof maybe.then === 'function') maybe.then(resolve, reject);
  });
}

function popupContent(p: PhenomPointProperties, onOpen: (id: string) => void): HTMLElement {
  // Built from DOM nodes, never HTML strings: titles are user-submitted text.
  const root = document.createElement('div');
  root.className = 'flex flex-col gap-1 text-sm text-neutral-900';
  const link = document.createElement('a');
  link.href = `/phenoms/${p.id}`;
  link.textContent = p.title;
  link.className = 'font-semibold hover:underline';
  link.addEventListener('click', (e) => {
    e.preventDefault();
    onOpen(p.id);
  });
  const meta = document.createElement('span');
  meta.className = 'text-xs text-neutral-600';
  meta.textContent = `${STATUS_LABELS[p.status]} · ${formatOccurredAt(p.occurred_at, 'day')}`;
  root.append(link, meta);
  return root;
}

export function PhenomMap({ points, mapboxToken, focusId }: PhenomMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const { navigate } = useAppNavigation();
  const [failure, setFailure] = useState<string | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [aircraftOn, setAircraftOn] = useState(true);
  const [view, setView] = useState<AircraftView | null>(null);
  const feed = useAircraftFeed(aircraftOn && view && 'bbox' in view ? view.bbox : null);

  useEffect(() => {
    let map: MapLibreMap | undefined;
    let cancelled = false;
    const countMarkers = new Map<number, Marker>();

    (async () => {
      const dark = document.documentElement.classList.contains('dark');
      const { lib, style } = await loadLibrary(mapboxToken, dark);
      if (cancelled || !container.current) return;
      const bounds = boundsOf(points);
      map = new lib.Map({ container: container.current, style: style!, center: [0, 20], zoom: 1.2, attributionControl: { compact: true } });
      map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
      map.on('error', (e) => console.error('[map]', e.error?.message ?? e));

      map.on('load', () => {
        if (!map) return;
        // Live aircraft under the phenoms: added first, so phenom points and clusters stay clickable above them.
        addAircraftLayer(map, lib, dark);
        const viewNow = () => {
          const b = map!.getBounds();
          setView(aircraftView({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }, map!.getZoom()));
        };
        map.on('moveend', viewNow);
        mapRef.current = map;
        map.addSource('phenoms', { type: 'geojson', data: points, cluster: true, clusterMaxZoom: 11, clusterRadius: 48 });
        map.addLayer({
          id: 'clusters',
          type: 'circle',
          source: 'phenoms',
          filter: ['has', 'point_count'],
          paint: {
            'circle-color': dark ? '#e5e7eb' : '#1f2937',
            'circle-opacity': 0.85,
            'circle-radius': ['step', ['get', 'point_count'], 14, 25, 18, 100, 24, 1000, 30],
            'circle-stroke-width': 2,
            'circle-stroke-color': dark ? '#111827' : '#ffffff',
          },
        });
        map.addLayer({
          id: 'points',
          type: 'circle',
          source: 'phenoms',
          filter: ['!', ['has', 'point_count']],
          paint: { 'circle-color': statusColor, 'circle-radius': 6, 'circle-stroke-width': 1.5, 'circle-stroke-color': dark ? '#111827' : '#ffffff' },
        });

        const showPopup = (feature: MapGeoJSONFeature | { geometry: Point; properties: PhenomPointProperties }) => {
          const [lng, lat] = (feature.geometry as Point).coordinates;
          new lib.Popup({ offset: 10, maxWidth: '280px' })
            .setLngLat([lng, lat])
            .setDOMContent(popupContent(feature.properties as PhenomPointProperties, (id) => navigate(`/phenoms/${id}`)))
            .addTo(map!);
        };

        map.on('click', 'clusters', async (e) => {
          const feature = e.features?.[0];
          if (!map || !feature) return;
          const zoom = await clusterExpansionZoom(map.getSource('phenoms') as GeoJSONSource, feature.properties.cluster_id as number);
          map.easeTo({ center: (feature.geometry as Point).coordinates as [number, number], zoom });
        });
        map.on('click', 'points', (e) => e.features?.[0] && showPopup(e.features[0]));
        for (const layer of ['clusters', 'points']) {
          map.on('mouseenter', layer, () => (map!.getCanvas().style.cursor = 'pointer'));
          map.on('mouseleave', layer, () => (map!.getCanvas().style.cursor = ''));
        }

        // Cluster sizes as HTML labels: a symbol layer would need glyphs, i.e. a font server the offline map lacks.
        map.on('render', () => {
          if (!map || !map.isSourceLoaded('phenoms')) return;
          const seen = new Set<number>();
          for (const f of map.querySourceFeatures('phenoms', { filter: ['has', 'point_count'] })) {
            const id = f.properties.cluster_id as number;
            if (seen.has(id)) continue;
            seen.add(id);
            if (!countMarkers.has(id)) {
              const label = document.createElement('span');
              label.className = 'pointer-events-none text-[11px] font-semibold tabular-nums ' + (dark ? 'text-neutral-900' : 'text-white');
              label.textContent = String(f.properties.point_count_abbreviated ?? f.properties.point_count);
              countMarkers.set(id, new lib.Marker({ element: label }).setLngLat((f.geometry as Point).coordinates as [number, number]));
            }
            countMarkers.get(id)!.addTo(map);
          }
          for (const [id, marker] of countMarkers) if (!seen.has(id)) marker.remove();
        });

        const focus = focusId ? points.features.find((f) => f.properties.id === focusId) : undefined;
        if (focus) {
          map.jumpTo({ center: focus.geometry.coordinates as [number, number], zoom: 9 });
          showPopup(focus);
        } else if (bounds && points.features.length > 1) {
          map.fitBounds(bounds, { padding: 48, maxZoom: 8, duration: 0 });
        } else if (bounds) {
          map.jumpTo({ center: [bounds[0], bounds[1]], zoom: 6 });
        }
        viewNow();
      });
    })().catch((err: unknown) => {
      console.error('[map] failed to start', err);
      if (!cancelled) setFailure('The map could not start in this browser (WebGL may be disabled).');
    });

    return () => {
      cancelled = true;
      for (const marker of countMarkers.values()) marker.remove();
      mapRef.current = null;
      map?.remove();
    };
  }, [points, mapboxToken, focusId, navigate]);

  // The last good answer stays on the map through a failed refresh; switched off or zoomed out, none.
  const shown = useMemo(() => (feed.status === 'ok' ? feed.body.aircraft : feed.status === 'limited' || feed.status === 'error' ? (feed.body?.aircraft ?? []) : []), [feed]);
  useEffect(() => {
    if (mapRef.current) showAircraft(mapRef.current, shown);
  }, [shown]);

  return (
    <div className="relative h-[calc(100svh-16rem)] min-h-96 overflow-hidden rounded-xl border">
      {/* Inline position: MapLibre's stylesheet sets .maplibregl-map { position: relative }, unlayered, which would
          beat a Tailwind utility and collapse the map to zero height. */}
      <div ref={container} style={{ position: 'absolute', inset: 0 }} role="region" aria-label={`Map of ${points.features.length} phenoms`} />
      <div className="absolute left-2 top-2">
        <AircraftControl enabled={aircraftOn} onToggle={setAircraftOn} view={view} feed={feed} />
      </div>
      {failure ? (
        <div role="alert" className="absolute inset-0 flex items-center justify-center bg-background/90 p-6 text-center text-sm">
          {failure}
        </div>
      ) : null}
      <ul aria-label="Legend" className="absolute bottom-2 left-2 flex flex-wrap gap-x-3 gap-y-1 rounded-md bg-background/90 px-2 py-1 text-xs shadow">
        {PHENOM_STATUSES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ background: STATUS_COLORS[s] }} />
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
