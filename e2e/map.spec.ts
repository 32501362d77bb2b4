import type { Page } from '@playwright/test';
import { z } from 'zod';
import { engineData, engineUrl, expect, test } from './dashboard-helpers';

// The map over the local stack: drawn offline, its clusters counted by the server, a cluster click zooms in, a
// point opens its phenom, the time slider changes what is counted, and the globe toggle redraws the same data.

const mapRegion = (page: Page) => page.getByRole('region', { name: /^Map of [\d,]+ phenoms$/ });
const shownTotal = async (page: Page) => Number((await page.getByRole('status').filter({ hasText: /phenoms in view$/ }).innerText()).replace(/[^\d]/g, ''));
const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Distinct colours in a screenshot of the map: a blank (or single-colour) canvas has one or two. */
async function coloursDrawn(page: Page): Promise<number> {
  const png = (await mapRegion(page).screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, img.width, img.height);
    const seen = new Set<number>();
    for (let i = 0; i < px.length; i += 4 * 37) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  }, png);
}

test('the map draws offline, with the server’s clusters, and a cluster click zooms in', async ({ page }) => {
  const outside: string[] = [];
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  // Zoom 0: the whole world is in the cells in view (the top and bottom rows reach the poles).
  await page.goto('/map?lng=0&lat=0&z=0');
  const region = mapRegion(page);
  await expect(region).toBeVisible({ timeout: 20_000 });
  await expect(region.locator('canvas')).toBeVisible();
  await expect(page.getByText('The map could not start')).toHaveCount(0);
  await expect.poll(() => coloursDrawn(page), { message: 'the canvas shows land, sea and clusters' }).toBeGreaterThan(8);
  expect(outside, 'nothing fetched from outside the machine').toEqual([]);

  // The counts add up to every positioned phenom the table counts (the world is in view).
  const { phenom_aggregate: agg } = await engineData(
    page,
    z.object({ phenom_aggregate: z.object({ aggregate: z.object({ count: z.number() }) }) }),
    'query { phenom_aggregate(where: { deleted_at: { _is_null: true }, latitude: { _is_null: false } }) { aggregate { count } } }',
  );
  engineUrl();
  await expect.poll(() => shownTotal(page)).toBe(agg.aggregate.count);

  const zoomBefore = Number(urlParam(page, 'z'));
  await expect(region.locator('.maplibregl-marker').first()).toBeVisible();
  // A cluster away from the map's edges, where the controls sit over the canvas.
  const area = (await region.boundingBox())!;
  const centres = await region.locator('.maplibregl-marker').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
  const target = centres.find((c) => c.x > area.x + area.width * 0.3 && c.x < area.x + area.width * 0.7 && c.y > area.y + area.height * 0.25 && c.y < area.y + area.height * 0.75);
  expect(target, 'a cluster near the middle of the map').toBeTruthy();
  await page.mouse.click(target!.x, target!.y);
  await expect.poll(() => Number(urlParam(page, 'z')), { message: 'the map zoomed in on the cluster' }).toBeGreaterThan(zoomBefore + 1.5);
});

test('a point opens its phenom', async ({ page }) => {
  // Alone in the South Atlantic: at zoom 8 the only phenom in view, drawn as a point at the centre.
  const title = `Light over the South Atlantic ${Date.now()}`;
  const { insert_phenom_one: phenom } = await engineData(
    page,
    z.object({ insert_phenom_one: z.object({ id: z.string() }) }),
    'mutation ($p: phenom_insert_input!) { insert_phenom_one(object: $p) { id } }',
    { p: { title, occurred_at: '2025-05-05T21:00:00Z', latitude: -47.5, longitude: -21.5 } },
  );
  await page.goto('/map?lng=-21.5&lat=-47.5&z=8');
  const region = mapRegion(page);
  await expect(region).toHaveAccessibleName('Map of 1 phenoms', { timeout: 20_000 });
  const box = (await region.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const link = page.locator('.maplibregl-popup').getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/phenoms/${phenom.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('the time slider changes what is counted; the heatmap and the globe show the same data', async ({ page }) => {
  await page.goto('/map');
  await expect(mapRegion(page)).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => shownTotal(page)).toBeGreaterThan(0);
  const all = await shownTotal(page);

  const from = page.getByRole('slider').first();
  await from.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => urlParam(page, 'from'), { message: 'the slider set the table’s own from parameter' }).toMatch(/^\d{4}-\d{2}-01$/);
  await expect.poll(() => shownTotal(page)).toBeLessThan(all);
  const since = await shownTotal(page);
  // The list with the same filter: the slider is the filter bar's from, not a map-only state.
  await expect(page.getByRole('link', { name: 'View as list' })).toHaveAttribute('href', new RegExp(`from=${urlParam(page, 'from')}`));

  await page.getByRole('button', { name: 'Heatmap' }).click();
  await expect(page.getByRole('button', { name: 'Heatmap' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => urlParam(page, 'heat')).toBe('1');
  await expect(mapRegion(page).locator('.maplibregl-marker')).toHaveCount(0);
  await page.getByRole('button', { name: 'Heatmap' }).click();

  const flat = await mapRegion(page).screenshot();
  await page.getByRole('button', { name: 'Globe' }).click();
  await expect(mapRegion(page)).toHaveAttribute('data-projection', 'globe');
  await expect.poll(() => urlParam(page, 'proj')).toBe('globe');
  await expect.poll(async () => Buffer.compare(await mapRegion(page).screenshot(), flat) !== 0, { message: 'the globe is drawn' }).toBe(true);
  expect(await shownTotal(page)).toBe(since);
  // A shared address opens the globe as it was.
  await page.reload();
  await expect(mapRegion(page)).toHaveAttribute('data-projection', 'globe', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Globe' }).click();
  await expect(mapRegion(page)).toHaveAttribute('data-projection', 'mercator');
});
