import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { jsonCaller } from '@/local/test/api-json';
import { PATCH as patchPhenom } from '../phenoms/[id]/route';
import { POST as share } from '../shares/route';
import { POST as createList } from '../lists/route';
import { POST as addItem } from '../lists/[id]/items/route';
import { POST as markRead } from './[id]/read/route';
import { POST as markAllRead } from './read-all/route';
import { GET as unreadCount } from './unread-count/route';
import { GET as listNotifications } from './route';

// Notifications are written by database triggers when people act through the routes (or any other path), and
// read through these routes: each person only their own.
const stack = setUpApiStack('notification_routes');
const call = jsonCaller(stack);
const sql = stack.sql;
let ann: StaffMember, ben: StaffMember, cat: StaffMember;

let phenomId: string;
beforeAll(async () => {
  [ann, ben, cat] = await Promise.all(['ann', 'ben', 'cat'].map((name) => stack.staff({ name })));
  [{ id: phenomId }] = await sql<{ id: string }>(`INSERT INTO phenom (title, occurred_at) VALUES ('Green fireball', now()) RETURNING id`);
});

const notificationsOf = (userId: string) => sql<{ kind: string; payload: Record<string, unknown> }>(`SELECT kind, payload FROM notifications WHERE user_id = $1 ORDER BY created_at`, [userId]);

/** Deletes everyone's notifications between tests, so each test counts only what it caused. */
afterEach(async () => {
  await sql('DELETE FROM notifications');
});

describe('notifications written by the database when people act', () => {
  it('a list shared with you: exactly one, for you only, and an audit row for the share', async () => {
    const list = (await call(createList, { method: 'POST', body: { name: 'Fireballs' }, as: ann })).body.list;
    expect((await call(share, { method: 'POST', body: { list_id: list.id, user_id: ben.id }, as: ann })).status).toBe(201);
    expect(await notificationsOf(ben.id)).toEqual([{ kind: 'list.shared', payload: { list_id: list.id, name: 'Fireballs', can_edit: false, by: ann.id } }]);
    expect(await notificationsOf(ann.id)).toEqual([]);
    expect(await sql(`SELECT actor_id, action FROM audit_log WHERE entity = 'list_shares' AND entity_id = $1`, [`${list.id}:${ben.id}`])).toEqual([{ actor_id: ann.id, action: 'insert' }]);
  });

  it('one item shared with you: exactly one', async () => {
    const list = (await call(createList, { method: 'POST', body: { name: 'Items' }, as: ann })).body.list;
    const item = (await call(addItem, { method: 'POST', params: { id: list.id }, body: { phenom_id: phenomId }, as: ann })).body.item;
    expect((await call(share, { method: 'POST', body: { item_id: item.id, user_id: cat.id }, as: ann })).status).toBe(201);
    expect(await notificationsOf(cat.id)).toEqual([
      { kind: 'item.shared', payload: { item_id: item.id, list_id: list.id, phenom_id: phenomId, title: 'Green fireball', by: ann.id, can_edit: false } },
    ]);
  });

  it('a phenom assigned to you through PATCH /api/phenoms/:id: exactly one, with the actor from the token', async () => {
    const res = await call(patchPhenom, { method: 'PATCH', params: { id: phenomId }, body: { assignee_id: cat.id }, as: ben });
    expect(res.status).toBe(200);
    expect(await notificationsOf(cat.id)).toEqual([{ kind: 'phenom.assigned', payload: { phenom_id: phenomId, title: 'Green fireball', by: ben.id } }]);
    expect(await sql(`SELECT actor_id, diff FROM audit_log WHERE entity = 'phenom' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [phenomId])).toEqual([
      { actor_id: ben.id, diff: { assignee_id: { old: null, new: cat.id } } },
    ]);
  });

  it('a drop attached (through the engine, as staff) to a phenom on your list: exactly one', async () => {
    const list = (await call(createList, { method: 'POST', body: { name: 'Watching' }, as: ann })).body.list;
    await call(addItem, { method: 'POST', params: { id: list.id }, body: { phenom_id: phenomId }, as: ann });
    const [{ id: dropId }] = await sql<{ id: string }>(`INSERT INTO drops (payload) VALUES ('{"seen":"fireball"}') RETURNING id`);
    const res = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ben.token}`, 'x-hasura-role': 'nest-access' },
      body: JSON.stringify({ query: 'mutation ($id: uuid!, $p: uuid!) { update_drops_by_pk(pk_columns: { id: $id }, _set: { phenom_id: $p, status: accepted }) { id } }', variables: { id: dropId, p: phenomId } }),
    });
    expect(await res.json()).toEqual({ data: { update_drops_by_pk: { id: dropId } } });
    // Ann holds the phenom on two lists by now ("Items" above, and this one): still one notification, naming both.
    const forAnn = await notificationsOf(ann.id);
    expect(forAnn).toEqual([{ kind: 'drop.attached', payload: { drop_id: dropId, phenom_id: phenomId, title: 'Green fireball', list_ids: expect.arrayContaining([list.id]) } }]);
    expect(forAnn[0].payload.list_ids).toHaveLength(2);
    expect(await notificationsOf(ben.id)).toEqual([]);
  });
});

describe('reading notifications', () => {
  const seed = (userId: string, n: number) =>
    sql(`INSERT INTO notifications (user_id, kind, payload, created_at) SELECT $1, 'phenom.assigned', jsonb_build_object('phenom_id', $2::text, 'title', 'T' || g), now() - g * interval '1 minute' FROM generate_series(1, $3) g`, [userId, phenomId, n]);

  it('lists mine newest first with their text and link, pages back with before, and counts the unread', async () => {
    await seed(ann.id, 5);
    await seed(ben.id, 2);
    const first = await call(listNotifications, { path: '/api/notifications?limit=3', as: ann });
    expect(first.status).toBe(200);
    expect(first.body.unread_count).toBe(5);
    expect(first.body.notifications.map((n: { text: string }) => n.text)).toEqual(['You were assigned “T1”', 'You were assigned “T2”', 'You were assigned “T3”']);
    expect(first.body.notifications[0].href).toBe(`/phenoms/${phenomId}`);
    const rest = await call(listNotifications, { path: `/api/notifications?limit=3&before=${encodeURIComponent(first.body.next_before)}`, as: ann });
    expect(rest.body.notifications.map((n: { text: string }) => n.text)).toEqual(['You were assigned “T4”', 'You were assigned “T5”']);
    expect(rest.body.next_before).toBeNull();
    expect((await call(unreadCount, { as: ben })).body).toEqual({ unread_count: 2 });
  });

  it('marks one read (idempotently) and then all; the unread filter and count follow', async () => {
    await seed(ann.id, 3);
    const [oldest] = (await call(listNotifications, { path: '/api/notifications?limit=3', as: ann })).body.notifications.slice(-1);
    const read = await call(markRead, { method: 'POST', params: { id: oldest.id }, as: ann });
    expect(read.status).toBe(200);
    expect(read.body.notification.read_at).not.toBeNull();
    const again = await call(markRead, { method: 'POST', params: { id: oldest.id }, as: ann });
    expect(again.body.notification.read_at).toBe(read.body.notification.read_at);
    const unread = await call(listNotifications, { path: '/api/notifications?unread=true', as: ann });
    expect(unread.body.notifications.map((n: { id: string }) => n.id)).not.toContain(oldest.id);
    expect(unread.body.unread_count).toBe(2);
    expect((await call(markAllRead, { method: 'POST', as: ann })).body).toEqual({ marked_read: 2 });
    expect((await call(unreadCount, { as: ann })).body).toEqual({ unread_count: 0 });
  });

  it('Ben cannot read or mark Ann’s notifications: they are not there for him', async () => {
    await seed(ann.id, 2);
    const [annsFirst] = await sql<{ id: string }>(`SELECT id FROM notifications WHERE user_id = $1 LIMIT 1`, [ann.id]);
    const bens = await call(listNotifications, { as: ben });
    expect(bens.body).toEqual({ notifications: [], unread_count: 0, next_before: null });
    expect((await call(markRead, { method: 'POST', params: { id: annsFirst.id }, as: ben })).status).toBe(404);
    expect((await call(markAllRead, { method: 'POST', as: ben })).body).toEqual({ marked_read: 0 });
    expect(await sql(`SELECT 1 FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [ann.id])).toHaveLength(2);
  });

  it('answers 422 naming the field for a bad query, 404 for an id that cannot exist, 401 without a token', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
      ['limit=ten', 'limit'],
      ['unread=yes', 'unread'],
      ['before=yesterday', 'before'],
      ['sort=asc', 'sort'],
    ]) {
      const res = await call(listNotifications, { path: `/api/notifications?${query}`, as: ann });
      expect({ query, status: res.status, field: res.body.error?.field }).toEqual({ query, status: 422, field });
    }
    expect((await call(markRead, { method: 'POST', params: { id: 'nope' }, as: ann })).status).toBe(404);
    expect((await call(unreadCount)).status).toBe(401);
  });
});
