import { cellBox, cellsInBox, cellX, cellY, levelOf, viewBox } from './grid';
import { daysOfPositions, monthLabel, monthsBetween, sliderPositions } from './time-range';
import { parseMapView, withMapView } from './view';

describe('the cluster grid', () => {
  it('puts a point in one cell of 2^(zoom+3) per axis, Web Mercator rows from the top', () => {
    expect(levelOf(0)).toBe(3);
    expect(levelOf(5.9)).toBe(8);
    expect(levelOf(40)).toBe(24);
    expect([cellX(-180, 3), cellX(0, 3), cellX(179.99, 3), cellX(180, 3)]).toEqual([0, 4, 7, 7]);
    // The equator is the middle row edge; the poles fall in the first and last rows.
    expect([cellY(90, 3), cellY(0.01, 3), cellY(-0.01, 3), cellY(-90, 3)]).toEqual([0, 3, 4, 7]);
  });

  it('counts the cells a box meets, across the antimeridian too', () => {
    expect(cellsInBox({ west: -180, south: -90, east: 180, north: 90 }, 2)).toBe(32 * 32);
    expect(cellsInBox({ west: 170, south: -1, east: -170, north: 1 }, 0)).toBe(2 * 2);
  });

  it('gives the area of the cells a box meets, which contains the box', () => {
    const box = { west: 4.83, south: 45.75, east: 4.84, north: 45.76 };
    const cells = cellBox(box, 10);
    expect(cells.west).toBeLessThanOrEqual(box.west);
    expect(cells.east).toBeGreaterThanOrEqual(box.east);
    expect(cells.south).toBeLessThanOrEqual(box.south);
    expect(cells.north).toBeGreaterThanOrEqual(box.north);
    expect(cellX(cells.west + 1e-9, 13)).toBe(cellX(box.west, 13));
  });

  it('turns what the map shows into the box the API takes', () => {
    expect(viewBox({ west: -300, south: -80, east: 300, north: 80 })).toEqual({ west: -180, south: -80, east: 180, north: 80 });
    expect(viewBox({ west: 170, south: 0, east: 190, north: 10 })).toEqual({ west: 170, south: 0, east: -170, north: 10 });
    expect(viewBox({ west: -190, south: 0, east: -170, north: 10 })).toEqual({ west: 170, south: 0, east: -170, north: 10 });
    expect(viewBox({ west: 10, south: -95, east: 180, north: 95 })).toEqual({ west: 10, south: -90, east: 180, north: 90 });
  });
});

describe('the map view in the URL', () => {
  it('reads centre, zoom, globe and heatmap, and drops what is not a view', () => {
    expect(parseMapView({ lng: '2.35', lat: '48.85', z: '6', proj: 'globe', heat: '1' })).toEqual({ center: { lng: 2.35, lat: 48.85, zoom: 6 }, projection: 'globe', heat: true });
    expect(parseMapView({ lng: '500', lat: '48', z: '6', proj: 'mars' })).toEqual({ projection: 'mercator', heat: false });
    expect(parseMapView({ lng: '2', lat: '48' })).toEqual({ projection: 'mercator', heat: false });
  });

  it('writes the view and keeps the filters', () => {
    const search = withMapView('status=new&z=3&from=2024-01-01', { center: { lng: 2.351, lat: 48.8566, zoom: 6 }, projection: 'globe', heat: false });
    expect(new URLSearchParams(search).toString()).toBe('status=new&from=2024-01-01&lng=2.3510&lat=48.8566&z=6.00&proj=globe');
    expect(parseMapView(new URLSearchParams(search))).toEqual({ center: { lng: 2.351, lat: 48.8566, zoom: 6 }, projection: 'globe', heat: false });
  });
});

describe('the time slider', () => {
  const range = monthsBetween('2024-11-20T10:00:00Z', '2025-03-02T00:00:00Z');

  it('has every month from the first phenom to the last', () => {
    expect(range.months).toEqual(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    expect(monthLabel('2025-02')).toBe('Feb 2025');
  });

  it('gives whole months as the table’s from/to days, open at the ends', () => {
    expect(daysOfPositions(range, 0, 4)).toEqual({});
    expect(daysOfPositions(range, 1, 3)).toEqual({ from: '2024-12-01', to: '2025-02-28' });
    expect(daysOfPositions(range, 3, 1)).toEqual({ from: '2024-12-01', to: '2025-02-28' });
    expect(daysOfPositions(range, 2, 4)).toEqual({ from: '2025-01-01' });
  });

  it('follows from/to set elsewhere (the filter bar), a day selecting its month', () => {
    expect(sliderPositions(range)).toEqual([0, 4]);
    expect(sliderPositions(range, '2024-12-15', '2025-01-03')).toEqual([1, 2]);
    expect(sliderPositions(range, '2020-01-01', '2030-01-01')).toEqual([0, 4]);
  });
});
