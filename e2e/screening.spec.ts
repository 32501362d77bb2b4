import { z } from 'zod';
import { engineData, engineUrl, expect, idTokenOf, test } from './dashboard-helpers';

// The Tulsa World ISS pass of 2020-11-11 (element sets served by the local stand-ins from ../shared/data/tle): a
// report at 06:06 CST looking south-west, 25° up. Screening shows the ISS in the sky view; accepting it sets the
// outcome, which the audit log records under the staff member.
test('the sky view shows the candidates, and accepting one updates the outcome and the audit log', async ({ page, adminPage }) => {
  // The first screening of a fresh stack parses the whole 26,000-set catalogue (slow on a loaded 2-core machine).
  test.setTimeout(180_000);
  engineUrl();
  const { insert_phenom_one: phenom } = await engineData(
    page,
    z.object({ insert_phenom_one: z.object({ id: z.string() }) }),
    'mutation ($p: phenom_insert_input!) { insert_phenom_one(object: $p) { id } }',
    { p: { title: `ISS check ${Date.now()}`, occurred_at: '2020-11-11T12:06:00Z', latitude: 36.154, longitude: -95.993, altitude_m: 200 } },
  );
  await engineData(adminPage, z.unknown(), 'mutation ($c: phenom_coords_insert_input!) { insert_phenom_coords_one(object: $c) { id } }', { c: { phenom_id: phenom.id, t: '2020-11-11T12:06:00Z', bearing_deg: 225, elevation_deg: 25 } }, 'nest-admin');

  await page.goto(`/phenoms/${phenom.id}`);
  const sky = page.getByRole('region', { name: 'Sky at the time' });
  await expect(sky.getByText('Not screened yet')).toBeVisible();
  await sky.getByRole('button', { name: 'Screen the sky' }).click();

  const candidates = sky.getByTestId('screening-candidate');
  await expect(candidates.first()).toContainText('ISS (ZARYA)', { timeout: 120_000 });
  await expect(candidates.first()).toContainText('certain');
  await expect(sky.locator('[data-testid="dome-candidate"][data-name="ISS (ZARYA)"]')).toHaveCount(1);
  await expect(sky.getByTestId('dome-reported')).toHaveCount(1);
  await expect(sky.getByTestId('dome-moon')).toHaveCount(1);

  await sky.getByRole('button', { name: 'Accept ISS (ZARYA)' }).click();
  await expect(candidates.first().getByText('Accepted')).toBeVisible();
  // The header's outcome badge and the screening form both show the new outcome.
  await expect(page.locator('[data-slot="badge"]').filter({ hasText: /Satellite\s*·\s*certain/ })).toBeVisible();
  await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue('satellite');
  await expect(page.getByLabel('Confidence', { exact: true })).toHaveValue('certain');

  const { phenom_by_pk: after } = await engineData(page, z.object({ phenom_by_pk: z.object({ outcome: z.string(), outcome_confidence: z.string().nullable() }) }), 'query ($id: uuid!) { phenom_by_pk(id: $id) { outcome outcome_confidence } }', { id: phenom.id });
  expect(after).toEqual({ outcome: 'satellite', outcome_confidence: 'certain' });
  const staffId = JSON.parse(Buffer.from((await idTokenOf(page)).split('.')[1], 'base64url').toString('utf8')).sub as string;
  const { audit_log: entries } = await engineData(
    adminPage,
    z.object({ audit_log: z.array(z.object({ actor_id: z.string().nullable(), diff: z.unknown() })) }),
    "query ($id: String!) { audit_log(where: { entity_id: { _eq: $id }, action: { _eq: \"update\" } }) { actor_id diff } }",
    { id: phenom.id },
    'nest-admin',
  );
  expect(entries).toEqual([{ actor_id: staffId, diff: { outcome: { old: 'unknown', new: 'satellite' }, outcome_confidence: { old: null, new: 'certain' } } }]);
});

// A run can be shown again later and replayed from what it stored: the replay is kept as a run of its own, and the
// sky view says it is identical to the original; the list of runs draws either one again.
test('a stored run can be replayed, is identical, and either run can be shown again from the list', async ({ page }) => {
  test.setTimeout(180_000);
  const { insert_phenom_one: phenom } = await engineData(
    page,
    z.object({ insert_phenom_one: z.object({ id: z.string() }) }),
    'mutation ($p: phenom_insert_input!) { insert_phenom_one(object: $p) { id } }',
    { p: { title: `ISS replay ${Date.now()}`, occurred_at: '2020-11-11T12:06:00Z', latitude: 36.154, longitude: -95.993, altitude_m: 200 } },
  );
  await page.goto(`/phenoms/${phenom.id}`);
  const sky = page.getByRole('region', { name: 'Sky at the time' });
  await sky.getByRole('button', { name: 'Screen the sky' }).click();
  // No reported direction here: the Moon ranks first, the ISS is among the candidates.
  const iss = sky.getByTestId('screening-candidate').filter({ hasText: 'ISS (ZARYA)' });
  await expect(iss).toHaveCount(1, { timeout: 120_000 });

  await sky.getByRole('button', { name: 'Replay this run' }).click();
  await expect(page).toHaveURL(/\?run=[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(sky.getByTestId('screening-changes')).toContainText(/Replay of the run of .* identical: the same \d+ candidate\(s\)/);
  await expect(iss).toHaveCount(1);

  const runs = sky.getByRole('navigation', { name: 'Screening runs' }).getByRole('listitem');
  await expect(runs).toHaveCount(2);
  await expect(runs.first()).toContainText(/: Replay of .* UTC by .* · Moon \(possible\)/);
  await expect(runs.first()).toContainText('(shown)');
  await runs.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/phenoms/${phenom.id}\\?run=[0-9a-f-]{36}$`));
  await expect(runs.nth(1)).toContainText('(shown)');
  await expect(sky.getByTestId('screening-changes')).toHaveCount(0);
  await expect(iss).toHaveCount(1);
});
