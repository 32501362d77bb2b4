import { describeWithData, readReferenceJson } from '@/lib/screening/testing/reference-data';
import { namedStates, stateVectorSchema, statesResponseSchema } from './states';

const SAMPLE = 'opensky/states-all-2023-05-07T194544Z.json';
const NULL_STATES = 'opensky/states-all-null-states.json';

describeWithData('OpenSky state vectors (real /states/all responses)', [SAMPLE, NULL_STATES], () => {
  it('reads the 18-field capture: names, trimmed callsigns, nulls, the ground flag and the categories', () => {
    const aircraft = namedStates(statesResponseSchema.parse(readReferenceJson(SAMPLE)));
    expect(aircraft.map((a) => [a.icao24, a.callsign, a.onGround, a.category, a.categoryLabel])).toEqual([
      ['ab1644', 'UAL421', false, 4, 'large'],
      ['e8027e', 'LPE2264', true, 1, 'no ADS-B category'],
      ['e8027d', 'LPE2392', false, 1, 'no ADS-B category'],
      // −1 is not a documented category: kept as sent, labelled unknown.
      ['a2cbe1', 'N28CN', false, -1, 'unknown'],
    ]);
    expect(aircraft[0]).toMatchObject({
      originCountry: 'United States',
      lat: 42.5372,
      lon: -71.1656,
      baroAltitudeM: 2217.42,
      geoAltitudeM: 2194.56,
      velocityMs: 137.8,
      trackDeg: 342.17,
      verticalRateMs: 13,
      squawk: null,
      positionSource: 'ADS-B',
      timePosition: 1683488743,
    });
    expect(aircraft[1]).toMatchObject({ baroAltitudeM: null, geoAltitudeM: null });
  });

  it('reads `states: null` as no aircraft', () => {
    const response = statesResponseSchema.parse(readReferenceJson(NULL_STATES));
    expect(response).toEqual({ time: 1683488744, states: null });
    expect(namedStates(response)).toEqual([]);
  });

  it('reads 17-field rows (no extended=1) with no category', () => {
    const body = readReferenceJson<{ time: number; states: unknown[][] }>(SAMPLE);
    const plain = { time: body.time, states: body.states.map((row) => row.slice(0, 17)) };
    expect(namedStates(statesResponseSchema.parse(plain)).map((a) => a.category)).toEqual([null, null, null, null]);
  });

  it('refuses rows that are not state vectors: wrong length, wrong types, a null where none is allowed', () => {
    const row = readReferenceJson<{ states: unknown[][] }>(SAMPLE).states[0];
    const variants: Array<[string, unknown[]]> = [
      ['16 fields', row.slice(0, 16)],
      ['19 fields', [...row, 0]],
      ['velocity as text', Object.assign([...row], { 9: '137.8' })],
      ['on_ground null', Object.assign([...row], { 8: null })],
      ['last_contact null', Object.assign([...row], { 4: null })],
      ['icao24 not hex', Object.assign([...row], { 0: 'zz1644' })],
      ['fractional category', Object.assign([...row], { 17: 1.5 })],
    ];
    for (const [name, bad] of variants) expect([name, stateVectorSchema.safeParse(bad).success]).toEqual([name, false]);
    expect(stateVectorSchema.safeParse(row).success).toBe(true);
  });
});
