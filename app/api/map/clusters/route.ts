import { NextResponse } from 'next/server';
import { MapClustersDocument } from '@/graphql/generated/graphql';
import { parseQuery, withStaff } from '@/lib/auth';
import { clusterArgsOfQuery, mapClustersQuerySchema, toClustersBody } from '@/lib/map/clusters';

/** The map's clusters for a box and zoom, with the phenom table's filters; every count exact (docs/api.md). */
export const GET = withStaff(async ({ req, hasura }) => {
  const query = parseQuery(req, mapClustersQuerySchema);
  const data = await hasura(MapClustersDocument, { args: clusterArgsOfQuery(query) });
  return NextResponse.json(toClustersBody(query.zoom, data.phenom_map_clusters));
});
