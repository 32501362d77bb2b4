import type { Position } from 'geojson';
import { graticule, offlineStyle, LIGHT_COLORS, unwrapLongitudes } from '@/lib/map/basemap';

const maxStep = (line: Position[]) => Math.max(...line.slice(1).map((p, i) => Math.abs(p[0] - line[i][0])));

describe('offline basemap', () => {
  it('keeps a ring that crosses the antimeridian continuous instead of striping the world', () => {
    const fiji = [[177, -17], [179.9, -16.5], [-179.8, -16.2], [-179.5, -17], [179.5, -17.5], [177, -17]];
    const unwrapped = unwrapLongitudes(fiji);
    expect(maxStep(unwrapped)).toBeLessThan(180);
    expect(unwrapped[2]).toEqual([180.2, -16.2]);
    expect(unwrapped.at(-1)).toEqual([177, -17]);
  });

  it('leaves ordinary rings untouched', () => {
    const square = [[0, 0], [10, 0], [10, 10], [0, 0]];
    expect(unwrapLongitudes(square)).toEqual(square);
  });

  it('ships every land ring without a world-wide jump, and fetches nothing from the network', () => {
    const style = offlineStyle(LIGHT_COLORS);
    const land = style.sources.land as { data: GeoJSON.FeatureCollection };
    for (const f of land.data.features) {
      const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
      for (const ring of polygons.flat()) expect(maxStep(ring)).toBeLessThan(180);
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:/);
    expect(style.glyphs).toBeUndefined();
  });

  it('draws meridians and parallels every 30 degrees', () => {
    expect(graticule(30).features).toHaveLength(13 + 5);
  });
});
