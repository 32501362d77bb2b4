import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { POST as graphql } from '../graphql/route';
import { POST as markRead } from '../notifications/[id]/read/route';
import { GET as notifications } from '../notifications/route';
import { DELETE as revoke, GET as shares, POST as share } from '../shares/route';
import { PATCH as patchItem } from './[id]/items/[itemId]/route';
import { POST as addItem } from './[id]/items/route';
import { GET as getList, PATCH as patchList } from './[id]/route';
import { GET as lists, POST as createList } from './route';

// The collaboration routes' hostile inputs: lists, items, shares, notifications and /api/graphql. The fixtures
// (fixed ids) belong to the table's staff member, so every 4xx is about the request, never a missing row.
const LIST = '5a11e7e0-0000-4000-8000-000000000001';
const ITEM = '5a11e7e0-0000-4000-8000-000000000002';
const PHENOM = '5a11e7e0-0000-4000-8000-000000000003';

const invalid = (field: string) => ({ status: 422, field, code: 'invalid_input' });
const wholeRequest = { status: 422, code: 'invalid_input' };
const notFound = { status: 404, code: 'not_found' };
const badJson = { status: 400, code: 'invalid_json' };

type Expected = Pick<MalformedCase, 'status' | 'field' | 'code'>;
const row = (handler: MalformedCase['handler'], method: string, path: string, params: Record<string, string> | undefined) =>
  (name: string, body: unknown, expected: Expected, extra: Partial<MalformedCase> = {}): MalformedCase => ({ name, handler, method, path, params, body, ...expected, ...extra });

const create = row(createList, 'POST', '/api/lists', undefined);
const rename = row(patchList, 'PATCH', `/api/lists/${LIST}`, { id: LIST });
const add = row(addItem, 'POST', `/api/lists/${LIST}/items`, { id: LIST });
const move = row(patchItem, 'PATCH', `/api/lists/${LIST}/items/${ITEM}`, { id: LIST, itemId: ITEM });
const shareIt = row(share, 'POST', '/api/shares', undefined);
const persisted = row(graphql, 'POST', '/api/graphql', undefined);
const query = (handler: MalformedCase['handler'], path: string, name: string, expected: Expected, method = 'GET'): MalformedCase => ({ name, handler, method, path, ...expected });

const listCases: MalformedCase[] = [
  create('not JSON', 'name=Coastal', badJson),
  create('empty body', '', badJson),
  create('JSON array instead of an object', [{ name: 'Coastal' }], wholeRequest),
  create('no name', { description: 'Q3' }, invalid('name')),
  create('name as a number', { name: 42 }, invalid('name')),
  create('name of spaces only', { name: '   ' }, invalid('name')),
  create('huge name', { name: huge(5000) }, invalid('name')),
  create('huge description', { name: 'Coastal', description: huge(10_000) }, invalid('description')),
  create('owner named in the body', { name: 'Coastal', owner_id: 'someone-else' }, invalid('owner_id')),
  create('form content type', { name: 'Coastal' }, { status: 415, code: 'unsupported_media_type' }, { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  rename('nothing to change', {}, wholeRequest),
  rename('name null', { name: null }, invalid('name')),
  rename('a column no screen edits', { updated_at: '2026-01-01T00:00:00Z' }, invalid('updated_at')),
  rename('id that is not a UUID', { name: 'x' }, notFound, { path: '/api/lists/not-a-uuid', params: { id: 'not-a-uuid' } }),
  { name: 'id with SQL in it', handler: getList, method: 'GET', path: "/api/lists/1' OR '1'='1", params: { id: "1' OR '1'='1" }, ...notFound },
  { name: 'no token', handler: lists, method: 'GET', path: '/api/lists', as: 'anonymous', status: 401, code: 'unauthenticated' },
];

const itemCases: MalformedCase[] = [
  add('phenom id that is not a UUID', { phenom_id: 'phenom-1' }, invalid('phenom_id')),
  add('no phenom id', { note: 'look' }, invalid('phenom_id')),
  add('phenom id as a number', { phenom_id: 7 }, invalid('phenom_id')),
  add('a phenom that does not exist', { phenom_id: '5a11e7e0-0000-4000-8000-0000000000ff' }, invalid('phenom_id')),
  add('note as a number', { phenom_id: PHENOM, note: 3 }, invalid('note')),
  add('huge note', { phenom_id: PHENOM, note: huge(10_000) }, invalid('note')),
  add('position chosen by the client', { phenom_id: PHENOM, position: 0 }, invalid('position')),
  add('truncated JSON', '{"phenom_id": "', badJson),
  add('list id that is not a UUID', { phenom_id: PHENOM }, notFound, { path: '/api/lists/list-1/items', params: { id: 'list-1' } }),
  move('negative position', { position: -1 }, invalid('position')),
  move('fractional position', { position: 1.5 }, invalid('position')),
  move('position as text', { position: '2' }, invalid('position')),
  move('huge position', { position: 1e12 }, invalid('position')),
  move('nothing to change', {}, wholeRequest),
  move('moving it to another list', { list_id: LIST }, invalid('list_id')),
  move('item id that is not a UUID', { note: 'x' }, notFound, { path: `/api/lists/${LIST}/items/x`, params: { id: LIST, itemId: 'x' } }),
];

const shareCases: MalformedCase[] = [
  shareIt('neither list nor item', { user_id: 'u-1' }, invalid('list_id')),
  shareIt('both a list and an item', { list_id: LIST, item_id: ITEM, user_id: 'u-1' }, invalid('list_id')),
  shareIt('list id that is not a UUID', { list_id: 'list-1', user_id: 'u-1' }, invalid('list_id')),
  shareIt('item id as a number', { item_id: 5, user_id: 'u-1' }, invalid('item_id')),
  shareIt('no recipient', { list_id: LIST }, invalid('user_id')),
  shareIt('huge recipient id', { list_id: LIST, user_id: huge(1000) }, invalid('user_id')),
  shareIt('can_edit as text', { list_id: LIST, user_id: 'u-1', can_edit: 'yes' }, invalid('can_edit')),
  shareIt('edit rights on one item as a number', { item_id: ITEM, user_id: 'u-1', can_edit: 1 }, invalid('can_edit')),
  shareIt('a recipient who is not staff', { list_id: LIST, user_id: 'nobody-here' }, invalid('user_id')),
  shareIt('sharer named in the body', { item_id: ITEM, user_id: 'u-1', shared_by: 'u-2' }, invalid('shared_by')),
  query(shares, '/api/shares', 'who has access, without saying to what', invalid('list_id')),
  query(shares, '/api/shares?list_id=nope', 'who has access, list id not a UUID', invalid('list_id')),
  query(shares, `/api/shares?list_id=${LIST}&user_id=u-1`, 'who has access, with an unknown parameter', invalid('user_id')),
  query(revoke, `/api/shares?list_id=${LIST}`, 'revoke without a recipient', invalid('user_id'), 'DELETE'),
  query(revoke, `/api/shares?list_id=${LIST}&list_id=${LIST}&user_id=u-1`, 'revoke with the list given twice', invalid('list_id'), 'DELETE'),
];

const notificationCases: MalformedCase[] = [
  query(notifications, '/api/notifications?limit=0', 'limit 0', invalid('limit')),
  query(notifications, '/api/notifications?limit=-5', 'negative limit', invalid('limit')),
  query(notifications, '/api/notifications?limit=1000000000', 'huge limit', invalid('limit')),
  query(notifications, '/api/notifications?limit=ten', 'limit as a word', invalid('limit')),
  query(notifications, '/api/notifications?unread=maybe', 'unread neither true nor false', invalid('unread')),
  query(notifications, '/api/notifications?before=last-tuesday', 'before not a date', invalid('before')),
  query(notifications, '/api/notifications?before=2026-13-45T99:00:00Z', 'before an impossible date', invalid('before')),
  query(notifications, '/api/notifications?user_id=someone-else', 'someone else’s notifications asked for', invalid('user_id')),
  { name: 'mark read, id not a UUID', handler: markRead, method: 'POST', path: '/api/notifications/1/read', params: { id: '1' }, ...notFound },
];

const graphqlCases: MalformedCase[] = [
  persisted('an arbitrary query', { query: '{ audit_log { diff } }' }, invalid('query')),
  persisted('no operation named', { variables: {} }, invalid('documentId')),
  persisted('a hash that is not ours', { documentId: `sha256:${'a'.repeat(64)}` }, notFound),
  persisted('a huge hash', { documentId: huge(1000) }, invalid('documentId')),
  persisted('variables as an array', { documentId: `sha256:${'b'.repeat(64)}`, variables: [1] }, invalid('variables')),
  persisted('persisted-query version 2', { extensions: { persistedQuery: { version: 2, sha256Hash: 'c'.repeat(64) } } }, invalid('extensions.persistedQuery.version')),
  persisted('not JSON', 'query { users { email } }', badJson),
  persisted('body over 64 KiB', { documentId: `sha256:${'d'.repeat(64)}`, variables: { pad: huge(70_000) } }, { status: 413, code: 'payload_too_large' }),
];

export const table: MalformedTable = {
  area: 'collaboration',
  async setUp({ stack, staff }) {
    await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Malformed-table list fixture', now())`, [PHENOM]);
    await stack.sql(`INSERT INTO public.lists (id, owner_id, name) VALUES ($1, $2, 'Malformed-table list')`, [LIST, staff.id]);
    await stack.sql(`INSERT INTO public.list_items (id, list_id, phenom_id) VALUES ($1, $2, $3)`, [ITEM, LIST, PHENOM]);
  },
  cases: [...listCases, ...itemCases, ...shareCases, ...notificationCases, ...graphqlCases],
};
