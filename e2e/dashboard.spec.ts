import type { Page } from '@playwright/test';
import { z } from 'zod';
import { createAccount, requireLocalStack, sameOrigin } from './helpers/auth';
import {
  askEngine,
  columnCells,
  engineData,
  idTokenOf,
  engineUrl,
  expect,
  listedPhenoms,
  pageRange,
  parseCount,
  signedOutPage,
  signInToDashboard,
  tableRows,
  test,
} from './dashboard-helpers';

// The dashboard as the demo analyst sees it. Expectations come from the page itself or from the GraphQL engine
// asked with the analyst's own token, never from what the demo generator happens to produce.

const phenomsSchema = z.object({ phenom: z.array(z.object({ id: z.string(), occurred_at: z.string() })) });

/** The figure of a key-figure card ("All phenoms 2,000"). */
async function statCardValue(page: Page, label: string): Promise<number> {
  const card = page.getByRole('link', { name: new RegExp(`^${label}\\b`) });
  return parseCount((await card.innerText()).replace(label, '').split('\n').find((line) => /\d/.test(line)) ?? '');
}

/** Each bar of a breakdown list as { label, count }, from the links' text, which is their name ("Triage 1,234 (12%)"). */
async function breakdown(page: Page, list: string) {
  const names = (await page.getByRole('list', { name: list }).getByRole('link').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  return names.map((name) => {
    const match = /^(.+) ([\d,]+) \(\d+%\)$/.exec(name);
    expect(match, `a bar reading like "Label 12 (3%)", got "${name}"`).not.toBeNull();
    return { label: match![1], count: parseCount(match![2]) };
  });
}

test('the dashboard’s status and outcome counts each add up to the total, and match the list', async ({ page }) => {
  await page.goto('/');
  const total = await statCardValue(page, 'All phenoms');
  expect(total).toBeGreaterThan(0);
  const byStatus = await breakdown(page, 'By status');
  const byOutcome = await breakdown(page, 'By outcome');
  expect(byStatus.length).toBeGreaterThan(1);
  expect(byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(total);
  expect(byOutcome.reduce((sum, o) => sum + o.count, 0)).toBe(total);

  // Following a status bar lists exactly that many phenoms.
  const busiest = byStatus.reduce((a, b) => (b.count > a.count ? b : a));
  await page.getByRole('list', { name: 'By status' }).getByRole('link', { name: new RegExp(`^${busiest.label} \\d`) }).click();
  await expect(page).toHaveURL(/\/phenoms\?status=/);
  expect((await pageRange(page)).total).toBe(busiest.count);

  // Back to the whole list through the sidebar.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Phenoms' }).click();
  await expect(page).toHaveURL(/\/phenoms$/);
  await expect.poll(async () => (await pageRange(page)).total).toBe(total);
});

test('the “Explained” card lists exactly the phenoms it counts: those with an outcome other than unknown', async ({ page }) => {
  await page.goto('/');
  const explained = await statCardValue(page, 'Explained');
  const unknown = (await breakdown(page, 'By outcome')).find((o) => o.label === 'Unknown')?.count ?? 0;
  expect(explained).toBe((await statCardValue(page, 'All phenoms')) - unknown);
  await page.getByRole('link', { name: /^Explained\b/ }).click();
  await expect(page).toHaveURL(/\/phenoms\?.*outcome=/);
  expect((await pageRange(page)).total).toBe(explained);
});

test.describe('the phenom list', () => {
  test('filtering by status puts it in the URL and every row has that status', async ({ page }) => {
    await page.goto('/phenoms');
    await page.getByRole('button', { name: /^Status:/ }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Investigating' }).click();
    await page.keyboard.press('Escape');

    await expect(page).toHaveURL(/[?&]status=investigating(&|$)/);
    await expect(page.getByRole('button', { name: 'Status: Investigating' })).toBeVisible();
    const statuses = await columnCells(page, 'Status');
    await expect(statuses.first()).toHaveText('Investigating');
    await expect(statuses.filter({ hasNotText: /^Investigating$/ })).toHaveCount(0);
  });

  test('searching a word of a title finds that phenom, and only phenoms mentioning the word', async ({ page }) => {
    await page.goto('/phenoms');
    // The newest phenom stays first among any subset of the list (same order), so it must lead the results.
    const [newest] = await listedPhenoms(page);
    const word = newest.title.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(word.length, `a word to search for in "${newest.title}"`).toBeGreaterThan(2);

    await page.getByRole('searchbox', { name: 'Search' }).fill(word.toUpperCase());
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word.toUpperCase())}(&|$)`));
    await expect(tableRows(page).first().getByRole('link', { name: newest.title })).toBeVisible();

    // Title, description or place: the table shows only some of that, so the engine says what each row holds.
    const found = await listedPhenoms(page);
    const texts = await engineData(
      page,
      z.object({ phenom: z.array(z.object({ title: z.string(), description: z.string().nullable(), location_name: z.string().nullable() })) }),
      'query ($ids: [uuid!]!) { phenom(where: { id: { _in: $ids } }) { title description location_name } }',
      { ids: found.map((p) => p.id) },
    );
    expect(texts.phenom).toHaveLength(found.length);
    for (const p of texts.phenom) expect([p.title, p.description, p.location_name].join(' ').toLowerCase()).toContain(word.toLowerCase());
  });

  test('sorting by Occurred toggles between oldest and newest first', async ({ page }) => {
    engineUrl();
    const occurredOf = async () => {
      const shown = await listedPhenoms(page);
      const { phenom } = await engineData(page, phenomsSchema, 'query ($ids: [uuid!]!) { phenom(where: { id: { _in: $ids } }) { id occurred_at } }', {
        ids: shown.map((p) => p.id),
      });
      const at = new Map(phenom.map((p) => [p.id, Date.parse(p.occurred_at)]));
      return shown.map((p) => at.get(p.id)!);
    };
    const sorted = (times: number[], dir: 'asc' | 'desc') => times.every((t, i) => i === 0 || (dir === 'asc' ? times[i - 1] <= t : times[i - 1] >= t));

    await page.goto('/phenoms');
    const occurred = page.getByRole('columnheader', { name: 'Occurred' });
    await expect(occurred).toHaveAttribute('aria-sort', 'descending');
    const newestFirst = await occurredOf();
    expect(sorted(newestFirst, 'desc')).toBe(true);

    await occurred.getByRole('link').click();
    await expect(page).toHaveURL(/sort=occurred_at&dir=asc/);
    await expect(occurred).toHaveAttribute('aria-sort', 'ascending');
    const oldestFirst = await occurredOf();
    expect(sorted(oldestFirst, 'asc')).toBe(true);
    expect(oldestFirst[0]).toBeLessThan(newestFirst[0]);

    // Clicking again offers newest first, the default, so the link leads back to the plain list.
    expect(await occurred.getByRole('link').getAttribute('href')).toBe('/phenoms');
    await occurred.getByRole('link').click();
    await expect(page).toHaveURL(/\/phenoms$/);
    await expect(occurred).toHaveAttribute('aria-sort', 'descending');
    expect(await occurredOf()).toEqual(newestFirst);
  });

  test('the next page shows the following rows', async ({ page }) => {
    await page.goto('/phenoms');
    const first = await pageRange(page);
    expect(first.total, 'more phenoms than fit on one page').toBeGreaterThan(first.last);
    const pageOne = await listedPhenoms(page);
    expect(pageOne).toHaveLength(first.last);

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page.getByText(/^Page 2 of /)).toBeVisible();
    const second = await pageRange(page);
    expect(second.first).toBe(first.last + 1);
    const pageTwo = await listedPhenoms(page);
    expect(pageTwo).toHaveLength(second.last - second.first + 1);
    const onPageOne = new Set(pageOne.map((p) => p.id));
    expect(pageTwo.filter((p) => onPageOne.has(p.id))).toEqual([]);
  });
});

test.describe('a phenom’s page', () => {
  test('screening changes are saved and still there after a reload; a bad value is refused naming the field', async ({ page }) => {
    await page.goto('/phenoms?sort=title&dir=asc');
    const [phenom] = await listedPhenoms(page);
    await tableRows(page).first().getByRole('link', { name: phenom.title }).click();
    await expect(page).toHaveURL(`/phenoms/${phenom.id}`);
    await expect(page.getByRole('heading', { name: phenom.title })).toBeVisible();

    const status = page.getByLabel('Status', { exact: true });
    const outcome = page.getByLabel('Outcome', { exact: true });
    const confidence = page.getByLabel('Confidence', { exact: true });
    /** The first option of a select other than its current value (and other than `avoid`). */
    const another = async (select: typeof status, avoid: string[] = []) => {
      const current = await select.inputValue();
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const value = values.find((v) => v !== current && !avoid.includes(v));
      expect(value, `an option other than ${current}`).toBeDefined();
      return value!;
    };
    const wanted = { status: await another(status), outcome: await another(outcome, ['unknown']) };
    await status.selectOption(wanted.status);
    await outcome.selectOption(wanted.outcome);
    const wantedConfidence = await another(confidence, ['']);
    await confidence.selectOption(wantedConfidence);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(status).toHaveValue(wanted.status);
    await expect(outcome).toHaveValue(wanted.outcome);
    await expect(confidence).toHaveValue(wantedConfidence);

    const refused = await page.request.patch(`/api/phenoms/${phenom.id}`, { headers: sameOrigin(), data: { outcome: 'swamp_gas' } });
    expect(refused.status()).toBe(422);
    expect(refused.headers()['content-type']).toContain('application/json');
    const body = (await refused.json()) as { error: { code: string; message: string; field?: string } };
    expect(body.error.field).toBe('outcome');
    expect(body.error.message).toBeTruthy();
    await page.reload();
    await expect(outcome).toHaveValue(wanted.outcome);
  });

  test('an image attachment loads in the browser through a presigned URL', async ({ page }) => {
    const { phenom_media: media } = await engineData(
      page,
      z.object({ phenom_media: z.array(z.object({ phenom_id: z.string(), s3_key: z.string() })).min(1) }),
      'query { phenom_media(where: { content_type: { _like: "image/%" } }, order_by: { s3_key: asc }, limit: 1) { phenom_id s3_key } }',
    );
    const [{ phenom_id: phenomId, s3_key: key }] = media;
    await page.goto(`/phenoms/${phenomId}`);

    const image = page.getByRole('img', { name: key.split('/').pop() });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth), { message: 'the image decoded' }).toBeGreaterThan(0);

    const src = new URL((await image.getAttribute('src'))!);
    expect(src.searchParams.get('X-Amz-Signature'), 'a presigned URL').toBeTruthy();
    // The bucket is private: the same object without the signature is refused.
    const unsigned = await page.request.get(`${src.origin}${src.pathname}`);
    expect(unsigned.ok()).toBe(false);
  });
});

test('the map draws a canvas and cluster markers with counts', async ({ page }) => {
  await page.goto('/map');
  const map = page.getByRole('region', { name: /^Map of [\d,]+ phenoms$/ });
  await expect(map).toBeVisible();
  await expect(map.locator('canvas')).toBeVisible();
  await expect(map.getByRole('alert')).toHaveCount(0);
  const counts = map.locator('.maplibregl-marker');
  await expect(counts.first()).toBeVisible({ timeout: 20_000 });
  const labels = await counts.allInnerTexts();
  // Cluster sizes, abbreviated when large ("1.2k").
  for (const label of labels) expect(label.trim()).toMatch(/^\d[\d,.]*k?$/);
});

test('staff cannot read the audit log, where the admin finds the staff member’s change', async ({ page, adminPage }) => {
  engineUrl();
  await page.goto('/phenoms?sort=title&dir=desc&page=2');
  const [phenom] = await listedPhenoms(page);
  const { phenom_by_pk: before } = await engineData(page, z.object({ phenom_by_pk: z.object({ status: z.string() }) }), 'query ($id: uuid!) { phenom_by_pk(id: $id) { status } }', {
    id: phenom.id,
  });
  const status = before.status === 'triage' ? 'investigating' : 'triage';
  expect((await page.request.patch(`/api/phenoms/${phenom.id}`, { headers: sameOrigin(), data: { status } })).status()).toBe(200);

  await expect(page.getByRole('link', { name: /audit/i })).toHaveCount(0);
  const query = 'query ($id: String!) { audit_log(where: { entity_id: { _eq: $id } }, order_by: { at: desc }) { actor_id action diff } }';
  const asStaff = await askEngine(page, query, { id: phenom.id });
  expect(asStaff.data ?? undefined).toBeUndefined();
  expect(asStaff.errors?.[0]?.extensions?.code).toBe('validation-failed');
  // Naming the admin role in the request does not grant it: the role must be among the token's groups.
  const escalated = await askEngine(page, query, { id: phenom.id }, 'nest-admin');
  expect(escalated.data ?? undefined).toBeUndefined();
  expect(escalated.errors?.length).toBeGreaterThan(0);

  // The control: the log exists and holds that change, under the staff member's id, for the admin to read.
  const staffId = JSON.parse(Buffer.from((await idTokenOf(page)).split('.')[1], 'base64url').toString('utf8')).sub as string;
  const { audit_log: entries } = await engineData(
    adminPage,
    z.object({ audit_log: z.array(z.object({ actor_id: z.string().nullable(), action: z.string(), diff: z.unknown() })) }),
    query,
    { id: phenom.id },
    'nest-admin',
  );
  expect(entries.find((e) => e.actor_id === staffId && JSON.stringify(e.diff).includes(`"${status}"`)), 'the status change in the audit log').toBeDefined();
});

test('someone who signs in for the first time can be assigned a phenom', async ({ page, browser }) => {
  const stack = requireLocalStack();
  const newcomer = await createAccount(stack, ['nest-access'], 'assignee');

  await page.goto('/phenoms?sort=title&dir=desc');
  const [phenom] = await listedPhenoms(page);
  await tableRows(page).first().getByRole('link', { name: phenom.title }).click();
  await expect(page).toHaveURL(`/phenoms/${phenom.id}`);
  const assignee = page.getByLabel('Assignee');
  const option = assignee.locator('option', { hasText: newcomer.email });
  // Cognito knows them, the database does not yet: nobody can pick them.
  await expect(assignee.locator('option').nth(1)).toBeAttached();
  await expect(option).toHaveCount(0);

  const theirs = await signedOutPage(browser);
  await signInToDashboard(theirs, newcomer);
  await theirs.context().close();

  await expect(async () => {
    await page.reload();
    await expect(option).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const newcomerId = await option.getAttribute('value');
  await assignee.selectOption(newcomerId!);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(assignee).toHaveValue(newcomerId!);
});
