/**
 * @jest-environment jsdom
 */
import { render } from '@testing-library/react';
import { domePoint, trackSegments } from '@/lib/screening/dome';
import { SkyDome } from './sky-dome';

describe('dome geometry', () => {
  const C = 100;
  const R = 80;
  it('zenith in the centre, horizon on the rim, elevation inwards linearly', () => {
    expect(domePoint(123, 90, C, R)).toEqual({ x: C, y: C });
    const half = domePoint(0, 45, C, R);
    expect(half.x).toBeCloseTo(C);
    expect(half.y).toBeCloseTo(C - R / 2);
  });

  it('north up, east LEFT, south down, west right (a chart of the sky seen from below)', () => {
    const p = (az: number) => domePoint(az, 0, C, R);
    expect(p(0).y).toBeCloseTo(C - R);
    expect(p(90).x).toBeCloseTo(C - R);
    expect(p(180).y).toBeCloseTo(C + R);
    expect(p(270).x).toBeCloseTo(C + R);
    // Below the horizon clamps to the rim; never outside the dome.
    expect(domePoint(45, -10, C, R)).toEqual(domePoint(45, 0, C, R));
  });

  it('tracks break where they go below the horizon', () => {
    const track = [
      { az: 270, el: -2 },
      { az: 260, el: 5 },
      { az: 240, el: 20 },
      { az: 200, el: -1 },
      { az: 180, el: 3 },
    ];
    const segments = trackSegments(track, C, R);
    expect(segments).toHaveLength(1);
    expect(segments[0]).toHaveLength(2);
  });
});

describe('<SkyDome>', () => {
  it('draws the candidates, their tracks, the Sun, the Moon and the reported direction where the geometry says', () => {
    const { container, getAllByTestId, getByTestId, queryByTestId } = render(
      <SkyDome
        size={200}
        objects={[
          { id: 'a', name: 'ISS (ZARYA)', kind: 'satellite', az: 225, el: 25, verdict: 'certain', track: [{ dt: -30, az: 240, el: 22 }, { dt: 0, az: 225, el: 25 }, { dt: 30, az: 210, el: 23 }] },
          { id: 'b', name: 'Venus', kind: 'planet', az: 110, el: 20, verdict: null, track: [] },
        ]}
        sun={{ az: 100, el: -10 }}
        moon={{ az: 117, el: 39 }}
        direction={{ az: 225, el: 25 }}
      />,
    );
    const candidates = getAllByTestId('dome-candidate');
    expect(candidates.map((g) => g.getAttribute('data-name'))).toEqual(['ISS (ZARYA)', 'Venus']);
    const iss = candidates[0].querySelector('circle')!;
    const expected = domePoint(225, 25, 100, 82);
    expect(Number(iss.getAttribute('cx'))).toBeCloseTo(expected.x);
    expect(Number(iss.getAttribute('cy'))).toBeCloseTo(expected.y);
    // South-west sits lower right on the chart (west is on the right).
    expect(expected.x).toBeGreaterThan(100);
    expect(expected.y).toBeGreaterThan(100);
    expect(container.querySelectorAll('polyline')).toHaveLength(1);
    expect(queryByTestId('dome-sun')).toBeNull(); // below the horizon
    expect(getByTestId('dome-moon')).toBeTruthy();
    expect(getByTestId('dome-reported').querySelectorAll('line')).toHaveLength(2);
  });
});
