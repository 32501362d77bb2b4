import { openskyClientFor } from '@/lib/aircraft/live';
import { openskyEnv } from '@/lib/env';
import { startOpenSkyPart, SHARED_OPENSKY_DIR } from './opensky';
import { describeWithData } from '@/lib/screening/testing/reference-data';

// npm run dev and the e2e stack: the stand-in unless the environment names an OpenSky; the app's settings alone
// decide which one it talks to.
describeWithData('the OpenSky part of the stack', ['opensky/states-all-2023-05-07T194544Z.json'], () => {
  it('starts the stand-in with a local client when nothing is configured, and the app reaches it through OAuth2', async () => {
    const part = await startOpenSkyPart({});
    try {
      expect(part.report).toMatchObject({ part: 'OpenSky', status: 'local', detail: expect.stringContaining(SHARED_OPENSKY_DIR) });
      const client = openskyClientFor(openskyEnv(part.env));
      expect(client.access).toBe('oauth');
      const r = await client.states({ box: { west: -180, south: -60, east: 0, north: 60 }, extended: true });
      expect(r.ok && r.data.response.states?.length).toBe(4);
    } finally {
      await part.stop?.();
    }
  });

  it('leaves OpenSky to the service the environment names, with or without an account', async () => {
    expect(await startOpenSkyPart({ OPENSKY_API_URL: 'https://opensky-network.org/api' })).toEqual({ env: {}, report: expect.objectContaining({ status: 'external', detail: expect.stringContaining('anonymous') }) });
    const withAccount = await startOpenSkyPart({ OPENSKY_CLIENT_ID: 'nest-prod', OPENSKY_CLIENT_SECRET: 's' });
    expect(withAccount).toEqual({ env: {}, report: expect.objectContaining({ status: 'external', detail: 'https://opensky-network.org/api (client nest-prod)' }) });
  });

  it('refuses half an account in the app configuration, naming the variable', () => {
    expect(() => openskyEnv({ OPENSKY_CLIENT_ID: 'only-the-id' })).toThrow(/OPENSKY_CLIENT_ID: set OPENSKY_CLIENT_ID and OPENSKY_CLIENT_SECRET together/);
    expect(() => openskyEnv({ OPENSKY_API_URL: 'not a url' })).toThrow(/OPENSKY_API_URL/);
    expect(openskyEnv({})).toMatchObject({ OPENSKY_API_URL: 'https://opensky-network.org/api', OPENSKY_TOKEN_URL: expect.stringContaining('auth.opensky-network.org'), OPENSKY_TIMEOUT_MS: 8000 });
  });
});
