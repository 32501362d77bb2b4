/**
 * The map's cluster grid, the same arithmetic as the database's (phenom_map.x / phenom_map.y in
 * hasura/migrations/…_phenom_map_clusters): Web Mercator, 2^(zoom+3) cells per axis, so a cell is 64 px of
 * MapLibre's 512 px tiles at every zoom. Pure: used by the route (to bound a request) and the map (to ask for
 * the box it shows).
 */

/**
 * The most cells one request may cover: a 2560 × 1600 px map is 40 × 25 cells. The function's select permission
 * allows 2,500 rows (hasura/metadata), so a request within this bound is never cut short.
 */
export const MAX_CELLS = 2_500;

/** Below this, cells per axis = 2^(zoom + 3); deeper zooms cluster as at this one (a cell is then ~2 m). */
export const MAX_CLUSTER_ZOOM = 21;
/** The Web Mercator square ends here; points beyond fall in the first or last row, as in the database. */
const MERCATOR_MAX_LAT = 85.0511;

export const levelOf = (zoom: number) => Math.min(Math.max(Math.floor(zoom), 0), MAX_CLUSTER_ZOOM) + 3;

const clampCell = (v: number, level: number) => Math.min(2 ** level - 1, Math.max(0, Math.floor(v)));

export function cellX(longitude: number, level: number): number {
  return clampCell(((longitude + 180) / 360) * 2 ** level, level);
}

export function cellY(latitude: number, level: number): number {
  const lat = Math.min(MERCATOR_MAX_LAT, Math.max(-MERCATOR_MAX_LAT, latitude));
  const y = (1 - Math.log(Math.tan(((45 + lat / 2) * Math.PI) / 180)) / Math.PI) / 2;
  return clampCell(y * 2 ** level, level);
}

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** How many grid cells a box meets at a zoom (a box with west > east crosses the antimeridian). */
export function cellsInBox(box: Box, zoom: number): number {
  const level = levelOf(zoom);
  const [x0, x1] = [cellX(box.west, level), cellX(box.east, level)];
  const columns = x0 <= x1 ? x1 - x0 + 1 : 2 ** level - x0 + x1 + 1;
  return columns * (cellY(box.south, level) - cellY(box.north, level) + 1);
}

/**
 * A map's visible bounds as the box the API takes: longitudes wrapped into [-180, 180] (a map shows world copies
 * past ±180), the whole width when a full turn or more is visible, latitudes clipped to the world.
 */
export function viewBox(b: Box): Box {
  const south = Math.max(-90, Math.min(b.south, b.north));
  const north = Math.min(90, Math.max(b.south, b.north));
  if (b.east - b.west >= 360) return { west: -180, south, east: 180, north };
  const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
  const west = wrap(b.west);
  let east = wrap(b.east);
  // East landing exactly on the wrap point means the box ends at +180, not -180.
  if (east === -180 && b.east > b.west) east = 180;
  return { west, south, east, north };
}

/** The latitude of the top edge of grid row y (row 0 starts at the pole: it holds everything north of 85.05°). */
function rowTop(y: number, level: number): number {
  if (y <= 0) return 90;
  if (y >= 2 ** level) return -90;
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** level))) * 180) / Math.PI;
}

/** The area of the cells a box meets at a zoom (west ≤ east): what a request for that box counts. */
export function cellBox(box: Box, zoom: number): Box {
  const level = levelOf(zoom);
  const width = 360 / 2 ** level;
  return {
    west: cellX(box.west, level) * width - 180,
    east: (cellX(box.east, level) + 1) * width - 180,
    north: rowTop(cellY(box.north, level), level),
    south: rowTop(cellY(box.south, level) + 1, level),
  };
}
