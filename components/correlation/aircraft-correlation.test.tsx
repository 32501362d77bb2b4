/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import type { AircraftCorrelationFieldsFragment } from '@/graphql/generated/graphql';
import { AircraftCorrelation, PossibleAircraftBadge } from './aircraft-correlation';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn() }) }));

const base: AircraftCorrelationFieldsFragment = {
  id: 'c1',
  created_at: '2026-12-02T10:00:00Z',
  trigger: 'manual',
  provider: 'radarbox',
  status: 'ok',
  inputs: { observer: { latDeg: 39.05, lonDeg: -94.59, heightM: 0 }, at: '2023-02-03T19:18:54.000Z', direction: { azDeg: 340, elDeg: 2 } },
  tolerances: { maxSeparationDeg: 10, maxTimeOffsetS: 120, radiusKm: 100 },
  query: { url: 'https://api.radarbox.com/v2/flights/geosearch' },
  fetched_at: '2026-12-02T10:00:00Z',
  note: null,
  error: null,
  aircraft_count: 2,
  possible_aircraft: true,
  summary: 'Possible aircraft: N104AA: el 2° NNW, 6.6 km away over the ground (6.6 km in line of sight) at 304 m, 4.0° from the reported direction, at the report time (within 10° and 120 s).',
  creator: { display_name: 'Dana', email: 'dana@example.org' },
  matches: [
    { id: 'm1', rank: 1, icao24: 'a01391', callsign: 'N104AA', az: 336.04, el: 2.44, ground_distance_km: 6.61, slant_range_km: 6.62, altitude_m: 304, latitude: 39.1, longitude: -94.6, time_offset_s: 0, separation_deg: 4.04, within_tolerance: true },
    { id: 'm2', rank: 2, icao24: 'ab1644', callsign: null, az: 90, el: 10, ground_distance_km: 40, slant_range_km: 41, altitude_m: 7000, latitude: 39, longitude: -94, time_offset_s: -35, separation_deg: 90, within_tolerance: false },
  ],
};

describe('the aircraft correlation on the phenom page', () => {
  it('flags a possible aircraft and lists each aircraft with its geometry and time offset', () => {
    render(
      <>
        <PossibleAircraftBadge correlation={base} />
        <AircraftCorrelation phenomId="p1" correlation={base} />
      </>,
    );
    expect(screen.getByTestId('possible-aircraft').textContent).toBe('Possible aircraft');
    const rows = screen.getAllByTestId('correlation-aircraft').map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['N104AA within tolerance', '336.0°', '2.4°', '6.6 km', '6.6 km', '304 m', '0 s', '4.0°'],
      ['ab1644 ', '90.0°', '10.0°', '40.0 km', '41.0 km', '7000 m', '−35 s', '90.0°'],
    ]);
    expect(screen.getByText(/AirNav RadarBox flight search · 2 aircraft · checked 2026-12-02 10:00 UTC by Dana · tolerance 10° and 120 s/)).toBeTruthy();
    expect(screen.getAllByTestId('plan-aircraft')).toHaveLength(2);
    expect(screen.getByTestId('plan-bearing')).toBeTruthy();
  });

  it('a failed provider is shown as what it is, with no flag and no aircraft', () => {
    const failed = { ...base, status: 'failed', possible_aircraft: false, aircraft_count: 0, matches: [], error: 'RadarBox refused our API key (401): check RADARBOX_API_KEY', summary: 'Aircraft could not be checked: RadarBox refused our API key (401): check RADARBOX_API_KEY' };
    const { container } = render(
      <>
        <PossibleAircraftBadge correlation={failed} />
        <AircraftCorrelation phenomId="p1" correlation={failed} />
      </>,
    );
    expect(screen.queryByTestId('possible-aircraft')).toBeNull();
    expect(screen.getByText('Aircraft could not be checked: RadarBox refused our API key (401): check RADARBOX_API_KEY').className).toContain('text-destructive');
    expect(container.textContent).toContain('AirNav RadarBox flight search · failed');
    expect(screen.queryAllByTestId('correlation-aircraft')).toHaveLength(0);
  });

  it('before any correlation: says so and offers to check', () => {
    render(<AircraftCorrelation phenomId="p1" correlation={null} />);
    expect(screen.getByText('Not checked yet: nothing is known about the aircraft near this report.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check aircraft' })).toBeTruthy();
  });
});
