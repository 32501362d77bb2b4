import { aircraftFeatures, aircraftLabel, aircraftView, AIRCRAFT_MIN_ZOOM } from './aircraft';

const item = { icao24: 'ab1644', callsign: 'UAL421', origin_country: 'United States', lat: 42.5372, lon: -71.1656, baro_altitude_m: 2217.42, geo_altitude_m: 2194.56, on_ground: false, velocity_ms: 137.8, track_deg: 342.17, vertical_rate_ms: 13, squawk: null, category: 4, category_label: 'large', position_source: 'ADS-B' as const, position_at: null, last_contact: '2023-05-07T19:45:43.000Z' };

describe('the aircraft overlay without a map', () => {
  it('is off at world zoom and for views too large or across the antimeridian; otherwise asks for the view widened to the grid', () => {
    expect(aircraftView({ west: -180, south: -85, east: 180, north: 85 }, 1.2)).toEqual({ off: 'zoom' });
    expect(aircraftView({ west: -72.1, south: 42.03, east: -70.02, north: 43.4 }, AIRCRAFT_MIN_ZOOM)).toEqual({ bbox: '-72.25,42,-70,43.5' });
    expect(aircraftView({ west: -30, south: 30, east: 10, north: 60 }, 7)).toEqual({ off: 'too-large' });
    expect(aircraftView({ west: 175, south: 10, east: 185, north: 15 }, 7)).toEqual({ off: 'antimeridian' });
  });

  it('labels an aircraft with its callsign, altitude in feet and speed in knots', () => {
    expect(aircraftLabel(item)).toBe('UAL421 · 7,200 ft · 268 kn');
    expect(aircraftLabel({ ...item, callsign: null, geo_altitude_m: null, baro_altitude_m: null, velocity_ms: null })).toBe('AB1644 · altitude unknown · speed unknown');
    expect(aircraftLabel({ ...item, on_ground: true })).toBe('UAL421 · on the ground · 268 kn');
  });

  it('draws each aircraft at its position, rotated by its track', () => {
    expect(aircraftFeatures([item]).features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-71.1656, 42.5372] },
      properties: { icao24: 'ab1644', callsign: 'UAL421', track: 342.17, label: 'UAL421 · 7,200 ft · 268 kn', on_ground: false },
    });
  });
});
