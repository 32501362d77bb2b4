import { correlationEnv } from '@/lib/correlation/env';
import { RadarBoxClient } from '@/lib/correlation/radarbox-client';
import { describeWithData } from '@/lib/screening/testing/reference-data';
import { SHARED_OPENSKY_DIR } from './opensky';
import { startRadarBoxPart } from './radarbox';

// npm run dev and the e2e stack: the RadarBox stand-in unless the environment names an account; the app's settings
// alone decide which one it talks to.
describeWithData('the RadarBox part of the stack', ['opensky/flights-tracks-samples.json'], () => {
  it('starts the stand-in with a local key when nothing is configured, and the app reaches it from its settings alone', async () => {
    const part = await startRadarBoxPart({});
    try {
      expect(part.report).toMatchObject({ part: 'RadarBox', status: 'local', detail: expect.stringContaining(SHARED_OPENSKY_DIR) });
      const env = correlationEnv(part.env);
      const client = new RadarBoxClient({ apiUrl: env.RADARBOX_API_URL, apiKey: env.RADARBOX_API_KEY! });
      const r = await client.geosearch({ minLatitude: 38, maxLatitude: 40, minLongitude: -96, maxLongitude: -93, fromDate: '2023-02-03T18:00:00Z', toDate: '2023-02-03T20:00:00Z', includeFlightPaths: true });
      expect(r.ok && r.data.response.flights?.map((f) => [f.callsign, f.positions?.length])).toEqual([['N104AA', 7]]);
    } finally {
      await part.stop?.();
    }
  });

  it('leaves RadarBox to the account the environment names; a bad setting is refused naming it', async () => {
    expect(await startRadarBoxPart({ RADARBOX_API_KEY: 'prod-key-123456' })).toEqual({ env: {}, report: { part: 'RadarBox', status: 'external', detail: 'https://api.radarbox.com/v2' } });
    expect(() => correlationEnv({ RADARBOX_API_URL: 'not a url' })).toThrow(/RADARBOX_API_URL/);
    expect(() => correlationEnv({ CORRELATION_MAX_TIME_OFFSET_S: '-5' })).toThrow(/CORRELATION_MAX_TIME_OFFSET_S/);
    expect(correlationEnv({}).RADARBOX_API_KEY).toBeUndefined();
    expect(correlationEnv({})).toMatchObject({ RADARBOX_API_URL: 'https://api.radarbox.com/v2', CORRELATION_MAX_SEPARATION_DEG: 10, CORRELATION_MAX_TIME_OFFSET_S: 120, CORRELATION_RADIUS_KM: 100 });
  });
});
