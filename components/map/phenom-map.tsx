'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import type { Map as MapLibreMap, MapGeoJSONFeature, Marker } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// Mapbox GL's stylesheet (its classes are mapboxgl-*, so it does not clash): CSS cannot be loaded on demand here.
import 'mapbox-gl/dist/mapbox-gl.css';
import { DARK_COLORS, LIGHT_COLORS, offlineStyle } from '@/lib/map/basemap';
import { cellsInBox, MAX_CELLS, viewBox, type Box } from '@/lib/map/grid';
import { withMapView, type MapProjection, type MapViewState } from '@/lib/map/view';
import type { MonthRange } from '@/lib/map/time-range';
import { hrefFor, mergeFilters, toSearchParams, type PhenomFilters } from '@/lib/phenoms/filters';
import { formatOccurredAt, PHENOM_STATUSES, STATUS_COLORS, STATUS_LABELS } from '@/lib/phenoms/vocabulary';
import type { Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { aircraftView, type AircraftView } from '@/lib/map/aircraft';
import { AircraftControl } from './aircraft-control';
import { addAircraftLayer, showAircraft } from './aircraft-layer';
import { useAircraftFeed } from './use-aircraft-feed';
import { addClusterLayers, CLUSTER_LAYER, POINT_LAYER, showClusters, showHeat, type ClusterProperties } from './cluster-layers';
import { TimeSlider } from './time-slider';
import { useClusters } from './use-clusters';

type MapLib = typeof import('maplibre-gl');

export interface MapFocus {
  id: string;
  title: string;
  status: Phenom_Status_Enum;
  occurred_at: string;
  lat: number;
  lng: number;
}

export interface PhenomMapProps {
  /** The phenom table's filters, from the page's URL: the clusters are counted with exactly these. */
  filters: PhenomFilters;
  /** With a token the map uses Mapbox GL and its hosted style; without, MapLibre on the bundled offline basemap. */
  mapboxToken?: string;
  /** A phenom to centre on and open (from "Show on map" on the detail page). */
  focus?: MapFocus;
  /** Centre, zoom, projection and heatmap from the URL (a shared view opens as it was). */
  view: MapViewState;
  /** The months of occurred_at, for the time slider. */
  timeRange?: MonthRange;
}

const WORKER_URL = '/assets/maplibre-gl-worker.js';
const MAP_PATH = '/map';
/** "Show on map" opens here: a region around the phenom, so what is near it shows too (zoom 9 showed ~50 km). */
export const FOCUS_ZOOM = 6;
const WORLD_VIEW = { center: [0, 20] as [number, number], zoom: 1.2 };

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

/** MapLibre takes `{ type }`, Mapbox GL a name; both report back what they draw. */
function applyProjection(map: MapLibreMap, projection: MapProjection, mapbox: boolean): MapProjection {
  if (mapbox) (map.setProjection as unknown as (p: string) => void)(projection);
  else map.setProjection({ type: projection });
  const now = map.getProjection() as { type?: unknown; name?: unknown } | undefined;
  return (now?.type ?? now?.name) === 'globe' ? 'globe' : 'mercator';
}

function popupContent(p: ClusterProperties, onOpen: (id: string) => void): HTMLElement {
  // Built from DOM nodes, never HTML strings: titles are user-submitted text.
  const root = document.createElement('div');
  root.className = 'flex flex-col gap-1 text-sm text-neutral-900';
  const link = document.createElement('a');
  link.href = `/phenoms/${p.id}`;
  link.textContent = p.title ?? 'Phenom';
  link.className = 'font-semibold hover:underline';
  link.addEventListener('click', (e) => {
    e.preventDefault();
    onOpen(p.id!);
  });
  const meta = document.createElement('span');
  meta.className = 'text-xs text-neutral-600';
  const status = STATUS_LABELS[p.status as Phenom_Status_Enum] ?? p.status;
  meta.textContent = `${status} · ${p.occurred_at ? formatOccurredAt(p.occurred_at, 'day') : ''}`;
  root.append(link, meta);
  return root;
}

/** The clusters query for what the map shows: a zoom low enough that the box stays within the cell limit. */
function clustersQuery(map: MapLibreMap, filters: PhenomFilters): string {
  const b = map.getBounds();
  const box: Box = viewBox({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });
  let zoom = Math.max(0, Math.floor(map.getZoom()));
  while (zoom > 0 && cellsInBox(box, zoom) > MAX_CELLS) zoom--;
  const params = toSearchParams({ ...filters, sort: 'occurred_at', dir: 'desc', page: 1, size: 25 });
  params.set('bbox', [box.west, box.south, box.east, box.north].map((v) => v.toFixed(5)).join(','));
  params.set('zoom', String(zoom));
  return params.toString();
}

export function PhenomMap({ filters, mapboxToken, focus, view, timeRange }: PhenomMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const { navigate } = useAppNavigation();
  const [failure, setFailure] = useState<string | null>(null);
  const [map, setMap] = useState<{ map: MapLibreMap; lib: MapLib; dark: boolean } | null>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [projection, setProjection] = useState<MapProjection>(view.projection);
  const [drawn, setDrawn] = useState<MapProjection | null>(null);
  const [heat, setHeat] = useState(view.heat);
  const [aircraftOn, setAircraftOn] = useState(true);
  const [aircraftBox, setAircraftBox] = useState<AircraftView | null>(null);
  const feed = useAircraftFeed(aircraftOn && aircraftBox && 'bbox' in aircraftBox ? aircraftBox.bbox : null);
  const clusters = useClusters(query);
  const markers = useRef<Marker[]>([]);
  // Read by map event handlers, which are bound once.
  const latest = useRef({ filters, projection, heat });
  latest.current = { filters, projection, heat };

  /** The view into the address (replaceState: no navigation, nothing re-rendered on the server). */
  const writeUrl = useCallback((m: MapLibreMap) => {
    // A last event after a click away (a popup's link) must not write the map's view into the next page's address.
    if (window.location.pathname !== MAP_PATH) return;
    const c = m.getCenter();
    const search = withMapView(window.location.search, { center: { lng: c.lng, lat: c.lat, zoom: m.getZoom() }, projection: latest.current.projection, heat: latest.current.heat });
    window.history.replaceState(window.history.state, '', search ? `${window.location.pathname}?${search}` : window.location.pathname);
  }, []);

  // The map itself, once per library: filters, projection and heatmap change it in place.
  useEffect(() => {
    let created: MapLibreMap | undefined;
    let cancelled = false;
    (async () => {
      const dark = document.documentElement.classList.contains('dark');
      const { lib, style } = await loadLibrary(mapboxToken, dark);
      if (cancelled || !container.current) return;
      const start = focus ? { center: [focus.lng, focus.lat] as [number, number], zoom: FOCUS_ZOOM } : view.center ? { center: [view.center.lng, view.center.lat] as [number, number], zoom: view.center.zoom } : WORLD_VIEW;
      const m = new lib.Map({ container: container.current, style: style!, ...start, attributionControl: { compact: true } });
      created = m;
      m.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
      m.on('error', (e) => console.error('[map]', e.error?.message ?? e));
      m.on('load', () => {
        // Live aircraft under the phenoms: added first, so phenom points and clusters stay clickable above them.
        addAircraftLayer(m, lib, dark);
        addClusterLayers(m, dark);
        const settle = () => {
          setQuery(clustersQuery(m, latest.current.filters));
          const b = m.getBounds();
          setAircraftBox(aircraftView({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }, m.getZoom()));
          writeUrl(m);
        };
        m.on('moveend', settle);
        m.on('click', CLUSTER_LAYER, (e) => {
          const f = e.features?.[0];
          if (f) m.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom: Math.min(m.getZoom() + 2, 20) });
        });
        const popup = (p: ClusterProperties, at: [number, number]) =>
          new lib.Popup({ offset: 10, maxWidth: '280px' }).setLngLat(at).setDOMContent(popupContent(p, (id) => navigate(`/phenoms/${id}`))).addTo(m);
        m.on('click', POINT_LAYER, (e) => {
          const f = e.features?.[0] as MapGeoJSONFeature | undefined;
          if (f) popup(f.properties as ClusterProperties, (f.geometry as GeoJSON.Point).coordinates as [number, number]);
        });
        for (const layer of [CLUSTER_LAYER, POINT_LAYER]) {
          m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
          m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
        }
        if (focus) popup({ count: 1, id: focus.id, title: focus.title, status: focus.status, occurred_at: focus.occurred_at }, [focus.lng, focus.lat]);
        setMap({ map: m, lib, dark });
        settle();
      });
    })().catch((err: unknown) => {
      console.error('[map] failed to start', err);
      if (!cancelled) setFailure('The map could not start in this browser (WebGL may be disabled).');
    });
    return () => {
      cancelled = true;
      for (const marker of markers.current) marker.remove();
      markers.current = [];
      setMap(null);
      created?.remove();
    };
    // The start view is read once; later changes of focus/view come from the map itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapboxToken, navigate, writeUrl]);

  // New filters (filter bar, time slider, back/forward): ask again for the same view.
  useEffect(() => {
    if (map) setQuery(clustersQuery(map.map, filters));
  }, [map, filters]);

  useEffect(() => {
    if (!map) return;
    setDrawn(applyProjection(map.map, projection, Boolean(mapboxToken)));
    writeUrl(map.map);
  }, [map, projection, mapboxToken, writeUrl]);

  const body = clusters.status === 'ok' || clusters.status === 'loading' || clusters.status === 'error' ? clusters.body : null;
  useEffect(() => {
    if (!map) return;
    showHeat(map.map, heat);
    markers.current = showClusters(map.map, map.lib, body?.clusters ?? [], markers.current, { dark: map.dark, labels: !heat });
    writeUrl(map.map);
  }, [map, body, heat, writeUrl]);

  // The last good answer stays on the map through a failed refresh; switched off or zoomed out, none.
  const shownAircraft = useMemo(() => (feed.status === 'ok' ? feed.body.aircraft : feed.status === 'limited' || feed.status === 'error' ? (feed.body?.aircraft ?? []) : []), [feed]);
  useEffect(() => {
    if (map) showAircraft(map.map, shownAircraft);
  }, [map, shownAircraft]);

  const onTime = useCallback(
    (days: { from?: string; to?: string }) => {
      const next = hrefFor(MAP_PATH, mergeFilters(filters, { from: days.from, to: days.to }));
      const viewPart = new URLSearchParams(window.location.search);
      const target = new URL(next, window.location.origin);
      for (const key of ['lng', 'lat', 'z', 'proj', 'heat']) if (viewPart.has(key)) target.searchParams.set(key, viewPart.get(key)!);
      navigate(`${target.pathname}${target.search}`, { replace: true, scroll: false });
    },
    [filters, navigate],
  );

  const total = body?.total;
  return (
    <div className="relative h-[calc(100svh-16rem)] min-h-96 overflow-hidden rounded-xl border">
      {/* Inline position: MapLibre's stylesheet sets .maplibregl-map { position: relative }, unlayered, which would
          beat a Tailwind utility and collapse the map to zero height. */}
      <div
        ref={container}
        style={{ position: 'absolute', inset: 0 }}
        role="region"
        aria-label={total === undefined ? 'Map of phenoms' : `Map of ${total.toLocaleString('en-GB')} phenoms`}
        data-projection={drawn ?? undefined}
        data-state={clusters.status}
      />
      <div className="absolute left-2 top-2 flex flex-col items-start gap-2">
        <AircraftControl enabled={aircraftOn} onToggle={setAircraftOn} view={aircraftBox} feed={feed} />
        <div className="flex gap-1 rounded-md bg-background/90 p-1 text-xs shadow">
          <button type="button" aria-pressed={projection === 'globe'} onClick={() => setProjection((p) => (p === 'globe' ? 'mercator' : 'globe'))} className="rounded px-2 py-1 hover:bg-muted aria-pressed:bg-primary aria-pressed:text-primary-foreground">
            Globe
          </button>
          <button type="button" aria-pressed={heat} onClick={() => setHeat((h) => !h)} className="rounded px-2 py-1 hover:bg-muted aria-pressed:bg-primary aria-pressed:text-primary-foreground">
            Heatmap
          </button>
        </div>
      </div>
      <p role="status" className="absolute right-12 top-2 rounded-md bg-background/90 px-2 py-1 text-xs shadow">
        {clusters.status === 'error' ? clusters.message : total === undefined ? 'Loading phenoms…' : `${total.toLocaleString('en-GB')} phenoms in view`}
      </p>
      {timeRange ? (
        <div className="absolute bottom-9 right-2">
          <TimeSlider range={timeRange} from={filters.from} to={filters.to} onChange={onTime} />
        </div>
      ) : null}
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
