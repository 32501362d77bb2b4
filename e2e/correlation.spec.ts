import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { geodeticToEcef, lookAngles, observerFrame } from '../lib/screening/geodesy';
import { adminAccount } from './helpers/auth';
import { engineData, engineUrl, expect, signedOutPage, signInToDashboard, test } from './dashboard-helpers';

// A 2023 report over Kansas City (older than OpenSky's hour, so the local RadarBox stand-in answers with the real
// N104AA track), looking 4° to the side of where N104AA was: the phenom page shows the correlation, the aircraft
// with its geometry, and the "possible aircraft" flag.
const TRACK = path.resolve(__dirname, '..', '..', 'shared', 'data', 'opensky', 'flights-tracks-samples.json');
const trackSchema = z.object({ track_response: z.object({ path: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.boolean()])) }) });

test('the phenom page shows the aircraft correlation and flags a possible aircraft', async ({ page, browser }) => {
  engineUrl();
  const [t, lat, lon, altM] = trackSchema.parse(JSON.parse(readFileSync(TRACK, 'utf8'))).track_response.path[4];
  const observer = { latDeg: 39.05, lonDeg: -94.59 };
  const look = lookAngles(observerFrame({ ...observer, heightKm: 0 }), geodeticToEcef({ latDeg: lat, lonDeg: lon, heightKm: altM / 1000 }));
  const at = new Date(t * 1000).toISOString();
  const { insert_phenom_one: phenom } = await engineData(
    page,
    z.object({ insert_phenom_one: z.object({ id: z.string() }) }),
    'mutation ($p: phenom_insert_input!) { insert_phenom_one(object: $p) { id } }',
    { p: { title: `Low light over Kansas City ${Date.now()}`, occurred_at: at, latitude: observer.latDeg, longitude: observer.lonDeg } },
  );
  const admin = await signedOutPage(browser);
  await signInToDashboard(admin, adminAccount());
  await engineData(admin, z.unknown(), 'mutation ($c: phenom_coords_insert_input!) { insert_phenom_coords_one(object: $c) { id } }', { c: { phenom_id: phenom.id, t: at, bearing_deg: (look.azDeg + 4) % 360, elevation_deg: look.elDeg } }, 'nest-admin');
  await admin.context().close();

  await page.goto(`/phenoms/${phenom.id}`);
  const air = page.getByRole('region', { name: 'Aircraft near the report' });
  await expect(air.getByText('Not checked yet')).toBeVisible();
  await expect(page.getByTestId('possible-aircraft')).toHaveCount(0);
  await air.getByRole('button', { name: 'Check aircraft' }).click();

  const row = air.getByTestId('correlation-aircraft').first();
  await expect(row).toContainText('N104AA', { timeout: 30_000 });
  await expect(row).toContainText('within tolerance');
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${look.azDeg.toFixed(1)}°`);
  await expect(air.getByText(/^Possible aircraft: N104AA: el \d+° /)).toBeVisible();
  await expect(air.getByText(/AirNav RadarBox flight search · 1 aircraft · checked .* tolerance 10° and 120 s/)).toBeVisible();
  await expect(air.getByTestId('plan-aircraft')).toHaveCount(1);
  await expect(page.getByTestId('possible-aircraft')).toHaveText('Possible aircraft');

  // Stored: a reload shows the same, from the database.
  await page.reload();
  await expect(page.getByTestId('possible-aircraft')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aircraft near the report' }).getByTestId('correlation-aircraft')).toHaveCount(1);
});
