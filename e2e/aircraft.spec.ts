import { z } from 'zod';
import { engineData, engineUrl, expect, test } from './dashboard-helpers';

// The live-aircraft overlay over the local OpenSky stand-in, whose aircraft (a real capture) fly their reported
// tracks: zoomed in where UAL421 is, the overlay lists it, and its position changes from one refresh to the next.
const aircraftSchema = z.object({ aircraft: z.array(z.object({ callsign: z.string().nullable(), lat: z.number(), lon: z.number() })) });

test('the aircraft overlay shows the stand-in’s aircraft, and they move', async ({ page }) => {
  engineUrl();
  // Where UAL421 is now (the stand-in loops it over ~80 km north of Boston): a phenom there to open the map on.
  const res = await page.request.get('/api/aircraft?bbox=-76,40,-66,46');
  expect(res.status()).toBe(200);
  const ual = aircraftSchema.parse(await res.json()).aircraft.find((a) => a.callsign === 'UAL421');
  expect(ual, 'the stand-in serves UAL421 near Boston').toBeTruthy();
  const { insert_phenom_one: phenom } = await engineData(
    page,
    z.object({ insert_phenom_one: z.object({ id: z.string() }) }),
    'mutation ($p: phenom_insert_input!) { insert_phenom_one(object: $p) { id } }',
    { p: { title: `Lights near Boston ${Date.now()}`, occurred_at: new Date().toISOString(), latitude: ual!.lat, longitude: ual!.lon } },
  );

  await page.goto('/map');
  const control = page.getByText('Live aircraft').locator('..').locator('..');
  // World zoom: off, and it says why.
  await expect(control.getByText('Zoom in to see live aircraft.')).toBeVisible({ timeout: 20_000 });

  await page.goto(`/map?focus=${phenom.id}`);
  // The focus opens on a regional view (zoom 6), so the whole of UAL421's loop stays in view.
  const listed = page.getByRole('list', { name: 'Aircraft in view' });
  await expect(listed).toContainText('UAL421', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'OpenSky Network' })).toContainText(/\d+ aircraft · OpenSky Network · [\d,]+ credits left/);
  const ualLine = listed.getByRole('listitem').filter({ hasText: 'UAL421' });
  const first = await ualLine.innerText();
  expect(first).toMatch(/^UAL421 · [\d,]+ ft · \d+ kn · \d+\.\d{3}° N, \d+\.\d{3}° W$/);
  // The overlay refreshes about every 10 s; the stand-in has moved the aircraft by then.
  await expect.poll(() => ualLine.innerText(), { timeout: 30_000, intervals: [2_000] }).not.toBe(first);
});
