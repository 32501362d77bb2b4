import { z } from 'zod';
import { adminAccount } from './helpers/auth';
import { engineData, expect, signedOutPage, signInToDashboard, test } from './dashboard-helpers';

// A phenom typed in by hand, its report edited (optimistic, with undo), a file attached, and an admin's delete and
// restore, each seen the way staff see it.

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('a report typed in by hand is recorded, edited with undo, and takes an uploaded photo', async ({ page }) => {
  const title = `Hovering light ${Date.now()}`;
  await page.goto('/phenoms');
  await page.getByRole('link', { name: 'New phenom' }).click();
  await expect(page).toHaveURL('/phenoms/new');
  await page.getByRole('button', { name: 'Record phenom' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Title:' })).toHaveText('Title: must not be empty');

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Occurred (UTC)').fill('2026-03-01T21:30');
  await page.getByLabel('Known to').selectOption('hour');
  await page.getByLabel('Place').fill('Harrogate');
  await page.getByLabel('Country (ISO code, e.g. GB)').fill('GB');
  await page.getByLabel('Latitude').fill('53.99');
  await page.getByLabel('Longitude').fill('-1.54');
  await page.getByRole('button', { name: 'Record phenom' }).click();
  await expect(page).toHaveURL(/\/phenoms\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('report-when-where')).toContainText('1 Mar 2026, about 21:00 UTC · Harrogate, GB');

  // Edit, then undo: the page shows each state at once, and the stored title ends as it began.
  await page.getByRole('button', { name: 'Edit report' }).click();
  await page.getByLabel('Title').fill(`${title} (edited)`);
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByTestId('report-title')).toHaveText(`${title} (edited)`);
  // Shown only once the server has saved it; Undo is offered for a while, so it is used at once.
  const toast = page.getByRole('status').filter({ hasText: 'Report saved.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Change undone.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();

  // A file of a type that cannot be attached is refused before anything is sent.
  const file = page.locator('#media-file');
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not evidence') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt is a text/plain file' })).toBeVisible();

  await file.setInputFiles({ name: 'sky.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('status').filter({ hasText: 'sky.png is attached.' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Media (1)' })).toBeVisible();
  const { phenom_media: media } = await engineData(
    page,
    z.object({ phenom_media: z.array(z.object({ s3_key: z.string(), file_name: z.string().nullable() })).length(1) }),
    'query ($id: uuid!) { phenom_media(where: { phenom_id: { _eq: $id } }) { s3_key file_name } }',
    { id },
  );
  expect(media[0]).toMatchObject({ file_name: 'sky.png', s3_key: expect.stringMatching(new RegExp(`^phenoms/${id}/uploads/`)) });
  const image = page.getByRole('img', { name: media[0].s3_key.split('/').pop() });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth), { message: 'the uploaded image decoded' }).toBe(1);
});

test('an admin deletes a phenom after confirming, staff no longer find it, and the admin restores it', async ({ page, browser }) => {
  await page.goto('/phenoms?sort=title&dir=asc&page=3');
  const link = page.locator('table tbody tr td a[href^="/phenoms/"]').first();
  const href = (await link.getAttribute('href'))!;
  const admin = await signedOutPage(browser);
  await signInToDashboard(admin, adminAccount());
  await admin.goto(href);
  await admin.getByRole('button', { name: 'Delete phenom…' }).click();
  const confirm = admin.getByRole('group', { name: 'Confirm deletion' });
  await expect(confirm).toContainText('an admin can restore it');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(admin.getByText('Deleted: staff no longer see this phenom.')).toBeVisible();

  await page.goto(href);
  await expect(page.getByText('Phenom not found')).toBeVisible();
  expect((await page.request.get(`/api${href}`)).status()).toBe(404);

  await admin.getByRole('button', { name: 'Restore' }).click();
  await expect(admin.getByRole('button', { name: 'Delete phenom…' })).toBeVisible();
  expect((await page.request.get(`/api${href}`)).status()).toBe(200);
  await page.reload();
  await expect(page.getByText('Phenom not found')).toHaveCount(0);
  await admin.context().close();
});
