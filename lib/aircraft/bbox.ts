import { z } from 'zod';

/**
 * The box of `GET /api/aircraft?bbox=west,south,east,north` (degrees, WGS-84, the GeoJSON/OGC order). OpenSky bills
 * `/states/all` by the box's area in square degrees (1 credit up to 25, 2 up to 100, 3 up to 400, 4 above or
 * without a box), so the box is capped at 400 square degrees: never the 4-credit tier, and about what a map
 * shows at zoom 5–6 (a large country). A box across the antimeridian is two requests (west < east always).
 */

export const MAX_BOX_AREA_SQ_DEG = 400;
/** Boxes are widened to this grid, so neighbouring map views share one cached upstream answer. */
export const BOX_GRID_DEG = 0.25;

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const boxArea = (b: Box) => (b.east - b.west) * (b.north - b.south);

/** OpenSky's credit cost of a box (docs: "API Credits"). */
export function creditCost(b: Box): 1 | 2 | 3 | 4 {
  const area = boxArea(b);
  return area <= 25 ? 1 : area <= 100 ? 2 : area <= 400 ? 3 : 4;
}

const snapDown = (v: number) => Math.floor(v / BOX_GRID_DEG + 1e-9) * BOX_GRID_DEG;
const snapUp = (v: number) => Math.ceil(v / BOX_GRID_DEG - 1e-9) * BOX_GRID_DEG;

/** The box widened outward to the grid, within the world. */
export function snapBox(b: Box): Box {
  return { west: Math.max(-180, snapDown(b.west)), south: Math.max(-90, snapDown(b.south)), east: Math.min(180, snapUp(b.east)), north: Math.min(90, snapUp(b.north)) };
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * `west,south,east,north` → a box, or the reason it is not one (one sentence, for a 422 naming the parameter).
 * `crossing`: west > east is a box across the antimeridian (the map's clusters); otherwise it is refused.
 */
export function readBox(text: string, { crossing }: { crossing: boolean }): Box | { reason: string } {
  const parts = text.split(',').map((p) => p.trim());
  const fail = (reason: string) => ({ reason });
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) return fail('must be four numbers: west,south,east,north in degrees');
  const [west, south, east, north] = parts.map(Number);
  if ([west, east].some((v) => v < -180 || v > 180)) return fail('longitudes (west, east) must be between -180 and 180');
  if ([south, north].some((v) => v < -90 || v > 90)) return fail('latitudes (south, north) must be between -90 and 90');
  if (crossing && west === east) return fail('west and east must differ (west > east crosses the antimeridian)');
  if (!crossing && !(west < east)) return fail('west must be less than east (split a box across the antimeridian in two)');
  if (!(south < north)) return fail('south must be less than north');
  return { west, south, east, north };
}

export const bboxSchema = z.string().max(100, 'must be at most 100 characters').transform((text, ctx): Box => {
  const box = readBox(text, { crossing: false });
  if ('reason' in box) {
    ctx.addIssue({ code: 'custom', message: box.reason });
    return z.NEVER;
  }
  const snapped = snapBox(box);
  if (boxArea(snapped) > MAX_BOX_AREA_SQ_DEG) {
    ctx.addIssue({ code: 'custom', message: `covers ${Math.round(boxArea(snapped))} square degrees; at most ${MAX_BOX_AREA_SQ_DEG} (zoom in)` });
    return z.NEVER;
  }
  return snapped;
});

export const aircraftQuerySchema = z.strictObject({ bbox: bboxSchema });

/** A box of `radiusKm` around a point (for screening), clipped to the world. */
export function boxAround(latDeg: number, lonDeg: number, radiusKm: number): Box {
  const dLat = radiusKm / 111.2;
  // Near the poles a radius spans every longitude.
  const cos = Math.cos((latDeg * Math.PI) / 180);
  const dLon = cos < 1e-6 ? 180 : Math.min(180, radiusKm / (111.32 * cos));
  return { west: Math.max(-180, lonDeg - dLon), south: Math.max(-90, latDeg - dLat), east: Math.min(180, lonDeg + dLon), north: Math.min(90, latDeg + dLat) };
}
