import { z } from 'zod';
import { engineData, engineUrl, expect, idTokenOf, listedPhenoms, parseCount, test } from './dashboard-helpers';
import { sameOrigin } from './helpers/auth';

// Triage, drops and notifications: each screen's main path as the demo analyst, checked on the page and, for
// what the page does not print, with the engine as the same person.

const subOf = async (page: import('@playwright/test').Page) => JSON.parse(Buffer.from((await idTokenOf(page)).split('.')[1], 'base64url').toString('utf8')).sub as string;
const waitingCount = async (page: import('@playwright/test').Page) => parseCount((await page.getByText(/^[\d,]+ waiting/).innerText()).split(' ')[0]);

test('triage: the oldest unassigned report first; "Assign to me" takes it, a status move keeps it in the queue', async ({ page }) => {
  engineUrl();
  await page.goto('/triage');
  const rows = page.getByRole('table', { name: 'Reports waiting for triage' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const before = await waitingCount(page);
  const first = rows.first().getByRole('link');
  const title = (await first.innerText()).trim();
  const id = (await first.getAttribute('href'))!.split('/').pop()!;

  const { phenom } = await engineData(page, z.object({ phenom: z.array(z.object({ id: z.string() })) }), 'query { phenom(where: { status: { _in: [new, triage] }, assignee_id: { _is_null: true } }, order_by: [{ reported_at: asc }, { id: asc }], limit: 1) { id } }');
  expect(phenom[0].id, 'the longest-waiting report comes first').toBe(id);

  await page.getByRole('button', { name: `Assign to me: ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${title}” is yours now.` })).toBeVisible();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  expect(await waitingCount(page)).toBe(before - 1);
  const { phenom_by_pk } = await engineData(page, z.object({ phenom_by_pk: z.object({ assignee_id: z.string().nullable() }) }), 'query ($id: uuid!) { phenom_by_pk(id: $id) { assignee_id } }', { id });
  expect(phenom_by_pk.assignee_id).toBe(await subOf(page));

  const newRow = rows.filter({ has: page.getByRole('button', { name: /^Start triage:/ }) }).first();
  const newTitle = (await newRow.getByRole('link').innerText()).trim();
  await newRow.getByRole('button', { name: `Start triage: ${newTitle}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${newTitle}” moved to Triage.` })).toBeVisible();
  await expect(rows.filter({ hasText: newTitle }).getByRole('button', { name: `Investigate: ${newTitle}` })).toBeVisible();
  await page.reload();
  await expect(rows.filter({ hasText: newTitle }).getByText('Triage', { exact: true })).toBeVisible();
});

test('drops: promote one to a new phenom, attach one to a phenom on file, reject one, each after a confirmation', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/phenoms?sort=title&dir=asc');
  const [target] = await listedPhenoms(page);

  await page.goto('/drops');
  const pendingCount = async () => parseCount((await page.getByText(/^[\d,]+ pending/).innerText()).split(' ')[0]);
  const before = await pendingCount();
  expect(before, 'the demo data has pending drops').toBeGreaterThanOrEqual(3);
  const drops = page.getByRole('list', { name: 'Drops' }).getByRole('listitem');

  // Promote: the dialog offers a title; nothing happens until it is confirmed.
  const title = `Promoted drop ${Date.now()}`;
  await drops.first().getByRole('button', { name: 'Promote' }).click();
  const dialog = page.getByRole('dialog', { name: 'Promote to a new phenom' });
  await dialog.getByLabel('Title of the new phenom').fill(title);
  await dialog.getByRole('button', { name: 'Promote' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Promoted to the new phenom “${title}”.` })).toBeVisible({ timeout: 90_000 });
  await expect(dialog).toBeHidden();

  // Attach: find the phenom by its title, pick it, confirm.
  await drops.first().getByRole('button', { name: 'Attach…' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach to an existing phenom' });
  await attach.getByLabel('Find the phenom by title or place').fill(target.title);
  await attach.getByRole('radio', { name: new RegExp(target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().check();
  await attach.getByRole('button', { name: `Attach to “${target.title}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Attached to “${target.title}”.` })).toBeVisible();

  // Reject, cancelled once (nothing changes), then confirmed.
  await drops.first().getByRole('button', { name: 'Reject' }).click();
  await page.getByRole('dialog', { name: 'Reject this drop' }).getByRole('button', { name: 'Cancel' }).click();
  await drops.first().getByRole('button', { name: 'Reject' }).click();
  await page.getByRole('dialog', { name: 'Reject this drop' }).getByRole('button', { name: 'Reject drop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rejected.' })).toBeVisible();

  await page.reload();
  expect(await pendingCount()).toBe(before - 3);
  await page.getByRole('navigation', { name: 'Drops by status' }).getByRole('link', { name: 'Accepted' }).click();
  await expect(page).toHaveURL(/status=accepted/);
  await page.goto('/phenoms?q=' + encodeURIComponent(title));
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('notifications: mark one read and the bell counts one fewer at once; mark all read empties it', async ({ page, adminPage }) => {
  // Two unread notifications of its own (earlier specs may have read the seeded ones): the admin shares two new
  // lists with the analyst, and the share trigger tells the analyst of each.
  const analyst = await subOf(page);
  for (const n of [1, 2]) {
    const created = await adminPage.request.post('/api/lists', { headers: sameOrigin(), data: { name: `For the analyst ${n} ${Date.now()}` } });
    expect(created.status()).toBe(201);
    const { list } = z.object({ list: z.object({ id: z.string() }) }).parse(await created.json());
    expect((await adminPage.request.post('/api/shares', { headers: sameOrigin(), data: { list_id: list.id, user_id: analyst } })).status()).toBe(201);
  }
  await page.goto('/notifications');
  const bell = page.getByRole('banner').getByRole('link', { name: /^(Unread: \d+|Nothing unread)$/ });
  const unreadOf = async () => {
    const name = (await bell.getAttribute('aria-label')) ?? '';
    return name === 'Nothing unread' ? 0 : Number(name.replace(/\D/g, ''));
  };
  // The bell's count arrives from the client's own query after the page: wait for it.
  await expect.poll(unreadOf, { message: 'the demo analyst has unread notifications' }).toBeGreaterThan(1);
  const unread = await unreadOf();

  const markOne = page.getByRole('button', { name: /^Mark read: / }).first();
  await markOne.click();
  await expect(bell).toHaveAttribute('aria-label', `Unread: ${unread - 1}`);

  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All caught up.' })).toBeVisible();
  await expect(bell).toHaveAttribute('aria-label', 'Nothing unread');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Mark read: / })).toHaveCount(0);

  const link = page.getByRole('list', { name: 'Notifications' }).getByRole('link').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(href!);
});
