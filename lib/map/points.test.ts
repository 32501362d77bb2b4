import { boundsOf, toPointCollection } from '@/lib/map/points';

const row = (id: string, latitude: number | string | null, longitude: number | string | null) => ({
  id,
  title: `Sighting ${id}`,
  latitude,
  longitude,
  status: 'new' as const,
  outcome: 'unknown' as const,
  occurred_at: '2024-05-01T21:30:00Z',
});

describe('map points', () => {
  it('places each phenom at [longitude, latitude] and leaves out rows without a usable position', () => {
    const points = toPointCollection([row('a', 51.5, -0.12), row('b', null, null), row('c', 95, 10), row('d', -33.9, 151.2)]);
    expect(points.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['a', [-0.12, 51.5]],
      ['d', [151.2, -33.9]],
    ]);
  });

  it('reads positions the engine sent as strings (stringified numeric types)', () => {
    expect(toPointCollection([row('s', '-29.322717', '31.275209')]).features[0].geometry.coordinates).toEqual([31.275209, -29.322717]);
  });

  it('frames all points, and nothing when there are none', () => {
    expect(boundsOf(toPointCollection([row('a', 51.5, -0.12), row('d', -33.9, 151.2)]))).toEqual([-0.12, -33.9, 151.2, 51.5]);
    expect(boundsOf(toPointCollection([]))).toBeUndefined();
  });
});
