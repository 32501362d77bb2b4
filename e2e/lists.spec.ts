import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { expect, signedOutPage, signInToDashboard, test } from './dashboard-helpers';
import { createAccount, requireLocalStack, sameOrigin } from './helpers/auth';

// Lists and the share dialog, as two people: the demo analyst (the suite's signed-in staff) owns a list and
// shares it read-only with a colleague made for this test, who then sees it, is told by the bell, and cannot
// change it.

const phenomsAnswer = z.object({ phenoms: z.array(z.object({ id: z.string(), title: z.string() })) });

/** The bell's count, as its accessible name says it ("Unread: 3" / "Nothing unread"). */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('link', { name: /^(Unread: \d+|Nothing unread)$/ });
  const label = (await bell.getAttribute('aria-label')) ?? '';
  const match = /Unread: (\d+)/.exec(label);
  return match ? Number(match[1]) : 0;
}

const itemTitles = (page: Page) => page.getByRole('list', { name: 'Items' }).getByRole('listitem').getByRole('link');

test('a list shared read-only: the other person is told, sees it, and cannot change it', async ({ page, browser }) => {
  const stack = requireLocalStack();
  const colleague = await createAccount(stack, ['nest-access'], 'reader');
  const reader = await signedOutPage(browser);
  // The first page view creates the colleague's profile, which is what the share picker finds.
  await signInToDashboard(reader, colleague);
  expect(await unreadCount(reader)).toBe(0);

  const name = `Coastal lights ${randomUUID().slice(0, 6)}`;
  await page.goto('/lists');
  await page.getByRole('button', { name: 'New list' }).first().click();
  await page.getByRole('dialog', { name: 'New list' }).getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const listId = new URL(page.url()).pathname.split('/').pop()!;

  const phenoms = phenomsAnswer.parse(await (await page.request.get('/api/phenoms?limit=2&sort=title&dir=asc')).json()).phenoms;
  for (const p of phenoms) expect((await page.request.post(`/api/lists/${listId}/items`, { headers: sameOrigin(), data: { phenom_id: p.id } })).status()).toBe(201);
  await page.reload();
  await expect(itemTitles(page)).toHaveText(phenoms.map((p) => p.title));

  await page.getByRole('button', { name: 'Share' }).first().click();
  const dialog = page.getByRole('dialog', { name: `Share “${name}”` });
  await dialog.getByLabel('Share with').fill(colleague.email);
  await dialog.getByRole('button', { name: colleague.email }).click();
  await expect(dialog.getByLabel('Read only')).toBeChecked();
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Shared with ${colleague.email} (read only).`);
  await expect(dialog.getByRole('region', { name: 'Who has access' }).getByText(colleague.email)).toBeVisible();

  await reader.reload();
  await expect.poll(() => unreadCount(reader), { message: 'the share shows in the colleague’s bell' }).toBe(1);
  await reader.goto('/lists');
  const shared = reader.getByRole('region', { name: 'Shared with me' });
  await shared.getByRole('link', { name }).click();
  await expect(reader.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(reader.getByText(/read only/)).toBeVisible();
  await expect(itemTitles(reader)).toHaveText(phenoms.map((p) => p.title));
  for (const control of [/^Move/, /^Remove/, /note$/, /^Rename$/, /^Delete$/, /^Share$/]) await expect(reader.getByRole('button', { name: control })).toHaveCount(0);
  const refused = await reader.request.patch(`/api/lists/${listId}`, { headers: sameOrigin(), data: { name: 'Taken over' } });
  expect(refused.status()).toBe(403);
  await reader.context().close();
});

test('items reorder by keyboard and stay in their new order', async ({ page }) => {
  await page.goto('/lists');
  await page.getByRole('button', { name: 'New list' }).first().click();
  const name = `Reorder ${randomUUID().slice(0, 6)}`;
  await page.getByRole('dialog', { name: 'New list' }).getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No phenoms on this list yet' })).toBeVisible();
  const listId = new URL(page.url()).pathname.split('/').pop()!;
  const phenoms = phenomsAnswer.parse(await (await page.request.get('/api/phenoms?limit=3&sort=title&dir=asc')).json()).phenoms;
  for (const p of phenoms) await page.request.post(`/api/lists/${listId}/items`, { headers: sameOrigin(), data: { phenom_id: p.id } });
  await page.reload();
  const [first, second, third] = phenoms.map((p) => p.title);

  await page.getByRole('button', { name: new RegExp(`^Move “${third.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) }).press('Home');
  await expect(itemTitles(page)).toHaveText([third, first, second]);
  await expect(page.getByText(`Moved “${third}” to place 1 of 3.`)).toBeAttached();
  // Wait for the save to finish (buttons come back), then read the order back from the server.
  await expect(page.getByRole('button', { name: 'Move down' }).first()).toBeEnabled();
  await page.reload();
  await expect(itemTitles(page)).toHaveText([third, first, second]);

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete list' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/lists');
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});
