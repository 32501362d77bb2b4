import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { jsonCaller } from '@/local/test/api-json';
import { GET as getShares, POST as share, DELETE as revoke } from '../shares/route';
import { DELETE as removeItem, PATCH as patchItem } from './[id]/items/[itemId]/route';
import { POST as addItem } from './[id]/items/route';
import { DELETE as deleteList, GET as getList, PATCH as patchList } from './[id]/route';
import { GET as getLists, POST as createList } from './route';

// Lists, items and shares through the exported route handlers, against the real engine and database. Ann owns
// lists; Ben is shared one read-only, Cat with edit rights, Eve one item; Dan has nothing.
const stack = setUpApiStack('lists_routes');
const call = jsonCaller(stack);
const sql = stack.sql;
let ann: StaffMember, ben: StaffMember, cat: StaffMember, dan: StaffMember, eve: StaffMember;

const phenoms: string[] = [];
beforeAll(async () => {
  [ann, ben, cat, dan, eve] = await Promise.all(['ann', 'ben', 'cat', 'dan', 'eve'].map((name) => stack.staff({ name })));
  const rows = await sql<{ id: string }>(`INSERT INTO phenom (title, occurred_at) SELECT 'Phenom ' || g, now() FROM generate_series(1, 5) g RETURNING id`);
  phenoms.push(...rows.map((r) => r.id));
});

async function newList(name: string, as: StaffMember = ann): Promise<string> {
  const res = await call(createList, { method: 'POST', body: { name }, as });
  expect(res.status).toBe(201);
  return res.body.list.id as string;
}
const add = (listId: string, phenomId: string, as: StaffMember = ann, note?: string) =>
  call(addItem, { method: 'POST', params: { id: listId }, body: { phenom_id: phenomId, ...(note === undefined ? {} : { note }) }, as });
const sharePost = (body: object, as: StaffMember = ann) => call(share, { method: 'POST', body, as });
const detail = (listId: string, as: StaffMember = ann) => call(getList, { params: { id: listId }, as });

describe('lists', () => {
  it('creates a list owned by the caller, whatever the body says, and lists it', async () => {
    const res = await call(createList, { method: 'POST', body: { name: '  Coastal lights ', description: 'Q3' }, as: ann });
    expect(res.status).toBe(201);
    expect(res.body.list).toMatchObject({ name: 'Coastal lights', description: 'Q3', owner_id: ann.id });
    const forged = await call(createList, { method: 'POST', body: { name: 'Mine', owner_id: ben.id }, as: ann });
    expect(forged.status).toBe(422);
    expect(forged.body.error).toMatchObject({ code: 'invalid_input', field: 'owner_id' });

    const lists = await call(getLists, { as: ann });
    expect(lists.status).toBe(200);
    expect(lists.body.lists).toEqual(expect.arrayContaining([expect.objectContaining({ id: res.body.list.id, access: 'owner', item_count: 0 })]));
  });

  it('renames and deletes a list; answers 404 for one that does not exist', async () => {
    const id = await newList('Draft');
    const renamed = await call(patchList, { method: 'PATCH', params: { id }, body: { name: 'Final' }, as: ann });
    expect(renamed.status).toBe(200);
    expect(renamed.body.list.name).toBe('Final');
    expect((await call(deleteList, { method: 'DELETE', params: { id }, as: ann })).status).toBe(204);
    expect((await detail(id)).status).toBe(404);
    expect((await call(deleteList, { method: 'DELETE', params: { id }, as: ann })).status).toBe(404);
    expect((await call(patchList, { method: 'PATCH', params: { id: 'not-a-uuid' }, body: { name: 'x' }, as: ann })).status).toBe(404);
  });

  it('answers 401 without a token and 422 naming the field for a bad body', async () => {
    expect((await call(getLists)).status).toBe(401);
    const empty = await call(createList, { method: 'POST', body: { name: '   ' }, as: ann });
    expect(empty.status).toBe(422);
    expect(empty.body.error.field).toBe('name');
    const nothing = await call(patchList, { method: 'PATCH', params: { id: phenoms[0] }, body: {}, as: ann });
    expect(nothing.status).toBe(422);
  });
});

describe('items', () => {
  let listId: string;
  beforeAll(async () => {
    listId = await newList('Ordered');
  });

  it('appends items with their notes and refuses the same phenom twice with 409', async () => {
    for (const [i, id] of phenoms.slice(0, 4).entries()) {
      const res = await add(listId, id, ann, `note ${i}`);
      expect(res.status).toBe(201);
      expect(res.body.item).toMatchObject({ phenom_id: id, position: i, note: `note ${i}`, added_by: ann.id });
    }
    const again = await add(listId, phenoms[0]);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already on this list/);
    const missing = await add(listId, '00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(422);
    expect(missing.body.error.field).toBe('phenom_id');
  });

  it('refuses a phenom beyond the list’s 1000 items with 409', async () => {
    const full = await newList('Full');
    await sql(`INSERT INTO phenom (title, occurred_at) SELECT 'Bulk ' || g, now() FROM generate_series(1, 1001) g`);
    await sql(`INSERT INTO list_items (list_id, phenom_id, position) SELECT $1, id, row_number() OVER (ORDER BY id) - 1 FROM phenom WHERE title LIKE 'Bulk %' ORDER BY id LIMIT 1000`, [full]);
    const [extra] = await sql<{ id: string }>(`SELECT id FROM phenom WHERE title LIKE 'Bulk %' AND id NOT IN (SELECT phenom_id FROM list_items WHERE list_id = $1) LIMIT 1`, [full]);
    const res = await add(full, extra.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/at most 1000/);
  });

  it('moves an item to a position and renumbers the list densely in its new order', async () => {
    const before = (await detail(listId)).body.list.items as { id: string; phenom_id: string }[];
    const last = before[3];
    const moved = await call(patchItem, { method: 'PATCH', params: { id: listId, itemId: last.id }, body: { position: 1, note: 'look first' }, as: ann });
    expect(moved.status).toBe(200);
    expect(moved.body.item).toMatchObject({ id: last.id, position: 1, note: 'look first' });
    const after = (await detail(listId)).body.list.items as { id: string; position: number }[];
    expect(after.map((i) => i.id)).toEqual([before[0].id, last.id, before[1].id, before[2].id]);
    expect(after.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    // Past the end means the end.
    await call(patchItem, { method: 'PATCH', params: { id: listId, itemId: before[0].id }, body: { position: 99 }, as: ann });
    const end = (await detail(listId)).body.list.items as { id: string; position: number }[];
    expect(end.map((i) => i.id)).toEqual([last.id, before[1].id, before[2].id, before[0].id]);
    expect(end.map((i) => i.position)).toEqual([0, 1, 2, 3]);
  });

  it('removes an item, and answers 404 for an item of another list', async () => {
    const items = (await detail(listId)).body.list.items as { id: string }[];
    const other = await newList('Other');
    expect((await call(removeItem, { method: 'DELETE', params: { id: other, itemId: items[0].id }, as: ann })).status).toBe(404);
    expect((await call(patchItem, { method: 'PATCH', params: { id: other, itemId: items[0].id }, body: { note: 'x' }, as: ann })).status).toBe(404);
    expect((await call(removeItem, { method: 'DELETE', params: { id: listId, itemId: items[0].id }, as: ann })).status).toBe(204);
    expect((await detail(listId)).body.list.items).toHaveLength(3);
  });
});

describe('shares', () => {
  let listId: string;
  let itemId: string;
  beforeAll(async () => {
    listId = await newList('Shared work');
    itemId = (await add(listId, phenoms[0])).body.item.id;
  });

  it('shares a list read-only and with edit rights, lists who has access, and answers 409 for a duplicate', async () => {
    expect((await sharePost({ list_id: listId, user_id: ben.id })).status).toBe(201);
    const edit = await sharePost({ list_id: listId, user_id: cat.id, can_edit: true });
    expect(edit.status).toBe(201);
    expect(edit.body.share).toMatchObject({ list_id: listId, user_id: cat.id, can_edit: true });
    const dup = await sharePost({ list_id: listId, user_id: ben.id, can_edit: true });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toEqual({ code: 'conflict', message: 'This is already shared with that person.' });

    const access = await call(getShares, { path: `/api/shares?list_id=${listId}`, as: ben });
    expect(access.status).toBe(200);
    expect(access.body.owner.id).toBe(ann.id);
    expect(access.body.shares.map((s: { user_id: string; can_edit: boolean }) => [s.user_id, s.can_edit])).toEqual([
      [ben.id, false],
      [cat.id, true],
    ]);
  });

  it('shares one item read-only or with edit rights, and says who has which', async () => {
    const res = await sharePost({ item_id: itemId, user_id: eve.id });
    expect(res.status).toBe(201);
    expect(res.body.share).toMatchObject({ item_id: itemId, user_id: eve.id, shared_by: ann.id, can_edit: false });
    expect((await sharePost({ item_id: itemId, user_id: eve.id })).status).toBe(409);
    const edit = await sharePost({ item_id: itemId, user_id: dan.id, can_edit: true });
    expect(edit.status).toBe(201);
    expect(edit.body.share).toMatchObject({ item_id: itemId, user_id: dan.id, can_edit: true });
    const who = await call(getShares, { path: `/api/shares?item_id=${itemId}`, as: ann });
    expect(who.body.shares.map((s: { user_id: string; can_edit: boolean }) => [s.user_id, s.can_edit])).toEqual([
      [eve.id, false],
      [dan.id, true],
    ]);
    const [told] = await sql<{ payload: { can_edit: boolean } }>(`SELECT payload FROM notifications WHERE user_id = $1 AND kind = 'item.shared'`, [dan.id]);
    expect(told.payload.can_edit).toBe(true);
    await call(revoke, { method: 'DELETE', path: `/api/shares?item_id=${itemId}&user_id=${dan.id}`, as: ann });
  });

  it('refuses a recipient who is not staff, and sharing with oneself', async () => {
    const ghost = await sharePost({ list_id: listId, user_id: 'no-such-user' });
    expect(ghost.status).toBe(422);
    expect(ghost.body.error.field).toBe('user_id');
    expect((await sharePost({ list_id: listId, user_id: ann.id })).status).toBe(422);
  });

  it('lets an editor change the list and its items, but not share or delete it', async () => {
    expect((await call(patchList, { method: 'PATCH', params: { id: listId }, body: { description: 'by Cat' }, as: cat })).status).toBe(200);
    expect((await add(listId, phenoms[1], cat)).status).toBe(201);
    const reshare = await sharePost({ list_id: listId, user_id: dan.id }, cat);
    expect(reshare.status).toBe(403);
    expect((await call(deleteList, { method: 'DELETE', params: { id: listId }, as: cat })).status).toBe(403);
  });

  it('revokes a share, lets a sharee leave, and answers 404 for a share that is not there', async () => {
    const other = await newList('Leaving');
    await sharePost({ list_id: other, user_id: dan.id });
    expect((await call(revoke, { method: 'DELETE', path: `/api/shares?list_id=${other}&user_id=${dan.id}`, as: dan })).status).toBe(204);
    expect((await detail(other, dan)).status).toBe(404);
    await sharePost({ list_id: other, user_id: dan.id });
    expect((await call(revoke, { method: 'DELETE', path: `/api/shares?list_id=${other}&user_id=${dan.id}`, as: ann })).status).toBe(204);
    expect((await call(revoke, { method: 'DELETE', path: `/api/shares?list_id=${other}&user_id=${dan.id}`, as: ann })).status).toBe(404);
  });
});

describe('isolation: what others may not do with Ann’s lists', () => {
  let priv: string;
  let privItem: string;
  let readOnly: string;
  let readOnlyItem: string;
  beforeAll(async () => {
    priv = await newList('Private');
    privItem = (await add(priv, phenoms[2])).body.item.id;
    readOnly = await newList('Read only for Ben');
    readOnlyItem = (await add(readOnly, phenoms[3])).body.item.id;
    expect((await sharePost({ list_id: readOnly, user_id: ben.id })).status).toBe(201);
  });

  it('Dan cannot see Ann’s private list, its items or its shares', async () => {
    expect((await detail(priv, dan)).status).toBe(404);
    const lists = await call(getLists, { as: dan });
    expect(lists.body.lists.map((l: { id: string }) => l.id)).not.toContain(priv);
    expect((await call(getShares, { path: `/api/shares?list_id=${priv}`, as: dan })).status).toBe(404);
    expect((await call(getShares, { path: `/api/shares?item_id=${privItem}`, as: dan })).status).toBe(404);
  });

  it('Dan cannot change, delete, add to, reorder or share Ann’s private list: 404, and nothing changes', async () => {
    expect((await call(patchList, { method: 'PATCH', params: { id: priv }, body: { name: 'Taken' }, as: dan })).status).toBe(404);
    expect((await call(deleteList, { method: 'DELETE', params: { id: priv }, as: dan })).status).toBe(404);
    expect((await add(priv, phenoms[4], dan)).status).toBe(404);
    expect((await call(patchItem, { method: 'PATCH', params: { id: priv, itemId: privItem }, body: { note: 'mine' }, as: dan })).status).toBe(404);
    expect((await call(removeItem, { method: 'DELETE', params: { id: priv, itemId: privItem }, as: dan })).status).toBe(404);
    expect((await sharePost({ list_id: priv, user_id: eve.id }, dan)).status).toBe(404);
    expect((await sharePost({ item_id: privItem, user_id: eve.id }, dan)).status).toBe(404);
    const [row] = await sql<{ name: string; items: number; shares: number }>(
      `SELECT name, (SELECT count(*)::int FROM list_items WHERE list_id = l.id) AS items, (SELECT count(*)::int FROM list_shares WHERE list_id = l.id) AS shares FROM lists l WHERE id = $1`,
      [priv],
    );
    expect(row).toEqual({ name: 'Private', items: 1, shares: 0 });
  });

  it('Ben sees the list shared read-only with him, and cannot edit it (403), nor its items', async () => {
    const seen = await detail(readOnly, ben);
    expect(seen.status).toBe(200);
    expect(seen.body.list.access).toBe('read');
    expect(seen.body.list.items.map((i: { id: string }) => i.id)).toEqual([readOnlyItem]);
    expect((await call(patchList, { method: 'PATCH', params: { id: readOnly }, body: { name: 'Ben’s now' }, as: ben })).status).toBe(403);
    expect((await call(deleteList, { method: 'DELETE', params: { id: readOnly }, as: ben })).status).toBe(403);
    expect((await add(readOnly, phenoms[4], ben)).status).toBe(403);
    expect((await call(patchItem, { method: 'PATCH', params: { id: readOnly, itemId: readOnlyItem }, body: { position: 0, note: 'x' }, as: ben })).status).toBe(403);
    expect((await call(removeItem, { method: 'DELETE', params: { id: readOnly, itemId: readOnlyItem }, as: ben })).status).toBe(403);
    expect((await sharePost({ item_id: readOnlyItem, user_id: dan.id }, ben)).status).toBe(403);
    const [row] = await sql<{ name: string; note: string }>(`SELECT l.name, i.note FROM lists l JOIN list_items i ON i.list_id = l.id WHERE l.id = $1`, [readOnly]);
    expect(row).toEqual({ name: 'Read only for Ben', note: '' });
  });

  it('Ben cannot revoke someone else’s share of a list he only reads', async () => {
    await sharePost({ list_id: readOnly, user_id: cat.id });
    expect((await call(revoke, { method: 'DELETE', path: `/api/shares?list_id=${readOnly}&user_id=${cat.id}`, as: ben })).status).toBe(404);
    expect(await sql(`SELECT 1 FROM list_shares WHERE list_id = $1 AND user_id = $2`, [readOnly, cat.id])).toHaveLength(1);
  });

  it('Eve, shared one item, sees that item only: not the list’s other items nor its shares', async () => {
    const res = await sharePost({ item_id: readOnlyItem, user_id: eve.id });
    expect(res.status).toBe(201);
    const second = (await add(readOnly, phenoms[4])).body.item.id as string;
    const seen = await detail(readOnly, eve);
    expect(seen.status).toBe(200);
    expect(seen.body.list.items.map((i: { id: string }) => i.id)).toEqual([readOnlyItem]);
    expect(seen.body.list.items.map((i: { id: string }) => i.id)).not.toContain(second);
    expect(seen.body.list.shares).toEqual([]);
    expect((await call(patchItem, { method: 'PATCH', params: { id: readOnly, itemId: readOnlyItem }, body: { note: 'eve' }, as: eve })).status).toBe(403);
  });

  it('Dan, shared one item with edit rights, changes its note only: not its place, not the list, not other items', async () => {
    const list = await newList('One item editable by Dan');
    const [mine, other] = [(await add(list, phenoms[0])).body.item.id as string, (await add(list, phenoms[1])).body.item.id as string];
    expect((await sharePost({ item_id: mine, user_id: dan.id, can_edit: true })).status).toBe(201);

    const seen = await detail(list, dan);
    expect(seen.body.list.access).toBe('read');
    expect(seen.body.list.items.map((i: { id: string; shares: { can_edit: boolean }[] }) => [i.id, i.shares.map((s) => s.can_edit)])).toEqual([[mine, [true]]]);
    const noted = await call(patchItem, { method: 'PATCH', params: { id: list, itemId: mine }, body: { note: 'seen from the ridge' }, as: dan });
    expect(noted.status).toBe(200);
    expect(noted.body.item).toMatchObject({ id: mine, note: 'seen from the ridge', position: 0 });

    const moved = await call(patchItem, { method: 'PATCH', params: { id: list, itemId: mine }, body: { position: 1 }, as: dan });
    expect(moved.status).toBe(403);
    expect(moved.body.error.message).toMatch(/note only/);
    expect((await call(patchItem, { method: 'PATCH', params: { id: list, itemId: other }, body: { note: 'x' }, as: dan })).status).toBe(404);
    expect((await call(removeItem, { method: 'DELETE', params: { id: list, itemId: mine }, as: dan })).status).toBe(403);
    expect((await call(patchList, { method: 'PATCH', params: { id: list }, body: { name: 'Dan’s' }, as: dan })).status).toBe(403);
    expect((await sharePost({ item_id: mine, user_id: eve.id }, dan)).status).toBe(403);

    // Straight to the engine with Dan's own token (the path /api/graphql takes): the database refuses the move.
    const direct = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${dan.token}`, 'x-hasura-role': 'nest-access' },
      body: JSON.stringify({ query: 'mutation($id: uuid!) { update_list_items_by_pk(pk_columns: { id: $id }, _set: { position: 5 }) { id } }', variables: { id: mine } }),
    });
    expect(((await direct.json()) as { errors?: unknown[] }).errors).toBeDefined();
    const rows = await sql<{ id: string; note: string; position: number }>(`SELECT id, note, position FROM list_items WHERE list_id = $1 ORDER BY position`, [list]);
    expect(rows).toEqual([
      { id: mine, note: 'seen from the ridge', position: 0 },
      { id: other, note: '', position: 1 },
    ]);
    // Ann, the owner, still moves it.
    expect((await call(patchItem, { method: 'PATCH', params: { id: list, itemId: mine }, body: { position: 1 }, as: ann })).status).toBe(200);
  });
});
