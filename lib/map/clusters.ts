import { z } from 'zod';
import type { MapClustersQuery, Phenom_Map_Clusters_Args } from '@/graphql/generated/graphql';
import { occurredRange, searchPattern, type PhenomFilters } from '@/lib/phenoms/filters';
import { filtersOfQuery, intParam, phenomFilterQueryFields, refineDayRange } from '@/lib/phenoms/list-query';
import { toNumber } from '@/lib/format';
import { readBox } from '@/lib/aircraft/bbox';
import { cellsInBox, MAX_CELLS, MAX_CLUSTER_ZOOM, type Box } from './grid';

export { MAX_CELLS };

/**
 * GET /api/map/clusters: the phenom table's filters (the same parameters, parsed by the same schema) plus the
 * visible box and zoom. The clusters are counted in the database (phenom_map_clusters), so every count is exact
 * whatever the number of phenoms.
 */

/** `west,south,east,north` in degrees; west > east is a box across the antimeridian. */
const boxParam = z
  .string({ error: 'must be given once, as west,south,east,north' })
  .max(100, { error: 'must be at most 100 characters' })
  .transform((text, ctx): Box => {
    const box = readBox(text, { crossing: true });
    if (!('reason' in box)) return box;
    ctx.addIssue({ code: 'custom', message: box.reason });
    return z.NEVER;
  });

export const mapClustersQuerySchema = z
  .object({ ...phenomFilterQueryFields, bbox: boxParam, zoom: intParam(0, 24) })
  .strict()
  .superRefine((v, ctx) => {
    refineDayRange(v, ctx);
    const cells = cellsInBox(v.bbox, v.zoom);
    if (cells > MAX_CELLS) ctx.addIssue({ code: 'custom', path: ['bbox'], message: `meets ${cells} grid cells at zoom ${v.zoom}; at most ${MAX_CELLS} (a smaller box or a lower zoom)` });
  });

export type MapClustersQueryInput = z.output<typeof mapClustersQuerySchema>;

/** The function's arguments: the same filter semantics as toPhenomWhere (any of the statuses, inclusive days, ILIKE). */
export function clusterArgs(box: Box, zoom: number, filters: Pick<PhenomFilters, 'q' | 'status' | 'outcome' | 'from' | 'to'>): Phenom_Map_Clusters_Args {
  const range = occurredRange(filters);
  return {
    zoom: Math.min(zoom, MAX_CLUSTER_ZOOM),
    ...box,
    ...(filters.status.length ? { statuses: filters.status.join(',') } : {}),
    ...(filters.outcome.length ? { outcomes: filters.outcome.join(',') } : {}),
    ...(range.from ? { occurred_from: range.from } : {}),
    ...(range.before ? { occurred_before: range.before } : {}),
    ...(filters.q ? { search: searchPattern(filters.q) } : {}),
  };
}

export function clusterArgsOfQuery(query: MapClustersQueryInput): Phenom_Map_Clusters_Args {
  return clusterArgs(query.bbox, query.zoom, filtersOfQuery(query));
}

type ClusterRow = MapClustersQuery['phenom_map_clusters'][number];

/** A cell with phenoms: a cluster, or with `phenom` the one phenom it holds. */
export interface MapCluster {
  lat: number;
  lng: number;
  count: number;
  phenom?: { id: string; title: string; status: string; occurred_at: string };
}

export interface MapClustersBody {
  zoom: number;
  /** Phenoms in the cells returned: the sum of the counts. */
  total: number;
  clusters: MapCluster[];
}

/** 1e-5° is about a metre: enough for a marker, and it keeps the answer small. */
const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

export function toClustersBody(zoom: number, rows: readonly ClusterRow[]): MapClustersBody {
  const clusters: MapCluster[] = [];
  let total = 0;
  for (const r of rows) {
    const [lat, lng, count] = [toNumber(r.latitude), toNumber(r.longitude), r.count];
    if (lat === null || lng === null) continue;
    total += count;
    const one = count === 1 && r.phenom_id && r.title && r.status && r.occurred_at ? { id: r.phenom_id, title: r.title, status: r.status, occurred_at: r.occurred_at } : undefined;
    clusters.push({ lat: round5(lat), lng: round5(lng), count, ...(one ? { phenom: one } : {}) });
  }
  return { zoom, total, clusters };
}
