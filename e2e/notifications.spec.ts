import { z } from 'zod';
import { engineData, engineUrl, expect, test } from './dashboard-helpers';
import { sameOrigin } from './helpers/auth';

// The header bell: Apollo Client polling the unread count through /api/graphql (persisted operation, the
// session's own cookie), against what the engine says for the same person.

const unreadSchema = z.object({
  notifications_aggregate: z.object({ aggregate: z.object({ count: z.number() }) }),
  notifications: z.array(z.object({ id: z.string() })),
});
const UNREAD = 'query { notifications_aggregate(where: { read_at: { _is_null: true } }) { aggregate { count } } notifications(where: { read_at: { _is_null: true } }, limit: 1) { id } }';

test('the bell shows the unread count, and one fewer after marking one read', async ({ page }) => {
  engineUrl();
  await page.goto('/');
  const before = await engineData(page, unreadSchema, UNREAD);
  const count = before.notifications_aggregate.aggregate.count;
  expect(count, 'the demo analyst starts with unread notifications').toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: `Unread: ${count}` })).toBeVisible();

  const res = await page.request.post(`/api/notifications/${before.notifications[0].id}/read`, { headers: sameOrigin() });
  expect(res.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('link', { name: count === 1 ? 'Nothing unread' : `Unread: ${count - 1}` })).toBeVisible();
});

test('/api/graphql runs the app’s own operations only, with the session cookie', async ({ page }) => {
  await page.goto('/');
  const refused = await page.request.post('/api/graphql', { headers: sameOrigin(), data: { query: '{ users { email } }' } });
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toMatchObject({ error: { code: 'invalid_input', field: 'query' } });
});
