import type { SearchParamsRecord } from '@/lib/phenoms/filters';

/**
 * What the map shows besides the filters, kept in the URL so a view can be shared: centre and zoom (`lng`, `lat`,
 * `z`), the globe (`proj=globe`) and the heatmap (`heat=1`). Bad values are dropped, as for the filters.
 */

export type MapProjection = 'mercator' | 'globe';

export interface MapViewState {
  center?: { lng: number; lat: number; zoom: number };
  projection: MapProjection;
  heat: boolean;
}

export const VIEW_PARAMS = ['lng', 'lat', 'z', 'proj', 'heat'] as const;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function finite(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

export function parseMapView(params: SearchParamsRecord | URLSearchParams): MapViewState {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : one(params[key]));
  const [lng, lat, zoom] = [finite(get('lng'), -180, 180), finite(get('lat'), -85, 85), finite(get('z'), 0, 22)];
  return {
    ...(lng !== undefined && lat !== undefined && zoom !== undefined ? { center: { lng, lat, zoom } } : {}),
    projection: get('proj') === 'globe' ? 'globe' : 'mercator',
    heat: get('heat') === '1',
  };
}

/** The address with this view written into it; every other parameter (the filters) kept as it is. */
export function withMapView(search: string, view: MapViewState): string {
  const params = new URLSearchParams(search);
  for (const key of VIEW_PARAMS) params.delete(key);
  if (view.center) {
    params.set('lng', view.center.lng.toFixed(4));
    params.set('lat', view.center.lat.toFixed(4));
    params.set('z', view.center.zoom.toFixed(2));
  }
  if (view.projection === 'globe') params.set('proj', 'globe');
  if (view.heat) params.set('heat', '1');
  return params.toString();
}
