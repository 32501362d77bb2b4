import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PhenomMapPointsQuery } from '@/graphql/generated/graphql';
import { toNumber } from '@/lib/format';

export type PhenomPointProperties = {
  id: string;
  title: string;
  status: PhenomMapPointsQuery['phenom'][number]['status'];
  outcome: PhenomMapPointsQuery['phenom'][number]['outcome'];
  occurred_at: string;
};

/**
 * The phenoms as GeoJSON points for the map. Rows without a position are skipped (the query already asks for
 * positioned ones; this keeps a bad row from breaking the whole layer).
 */
export function toPointCollection(rows: PhenomMapPointsQuery['phenom']): FeatureCollection<Point, PhenomPointProperties> {
  const features: Feature<Point, PhenomPointProperties>[] = [];
  for (const r of rows) {
    const [lat, lng] = [toNumber(r.latitude), toNumber(r.longitude)];
    if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { id: r.id, title: r.title, status: r.status, outcome: r.outcome, occurred_at: r.occurred_at },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** [west, south, east, north] around the points, or undefined when there are none. */
export function boundsOf(collection: FeatureCollection<Point>): [number, number, number, number] | undefined {
  if (collection.features.length === 0) return undefined;
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const f of collection.features) {
    const [lng, lat] = f.geometry.coordinates;
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}
