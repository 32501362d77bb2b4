import { setUpApiStack, type CallInit, type RouteHandler, type StaffMember } from '@/local/test/api-stack';
import { GET as searchStaff } from './route';
import { GET as getMe, PATCH as patchMe } from '../me/route';
import { GET as listPool } from '../admin/users/route';
import { POST as grant } from '../admin/users/[sub]/groups/route';
import { DELETE as revoke } from '../admin/users/[sub]/groups/[group]/route';
import { POST as revokeByEmail } from '../admin/revoke/route';

// The people routes against the real engine, database and local Cognito: tokens come from real sign-ins, so group
// changes show in the next token exactly as they would in production.
const stack = setUpApiStack('people', { cognito: true });
let admin: StaffMember;
let alice: StaffMember;
let bob: StaffMember;
let outsider: StaffMember;

beforeAll(async () => {
  admin = await stack.staff({ name: 'admin', admin: true });
  alice = await stack.staff({ name: 'alice' });
  bob = await stack.staff({ name: 'bob' });
  outsider = await stack.staff({ name: 'outsider', groups: [] });
});

/** A route call: `path` (with query), `as` whom, optional body and params. */
const call = (handler: RouteHandler, init: CallInit) => stack.call(handler, init);

/** Asks the engine directly, as a client holding that token could (bypassing the routes). */
async function engine(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-hasura-role': 'nest-access' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}

const emailOf = async (sub: string) => (await stack.sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [sub]))[0]?.email;

describe('GET /api/users (staff pickers)', () => {
  it('lists staff with access, searched by name or address, and never the public or people without access', async () => {
    await stack.sql(`INSERT INTO users (id, email, display_name, has_access) VALUES ('public-1', 'aliceish@example.com', 'Alice Public', false)`);
    const res = await call(searchStaff, { path: '/api/users?q=ali', as: alice });
    expect(res.status).toBe(200);
    const { users } = (await res.json()) as { users: { id: string; email: string }[] };
    expect(users.map((u) => u.email)).toEqual([alice.email]);
  });

  it('takes % and _ literally', async () => {
    const res = await call(searchStaff, { path: '/api/users?q=%25', as: alice });
    expect((await res.json()).users).toEqual([]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=51', 'limit'],
    ['limit=ten', 'limit'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['role=admin', 'role'],
  ])('answers 422 naming the field for ?%s', async (query, field) => {
    const res = await call(searchStaff, { path: `/api/users?${query}`, as: alice });
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe(field);
  });

  it('answers 401 without a token', async () => {
    expect((await call(searchStaff, { path: '/api/users' })).status).toBe(401);
  });
});

describe('/api/me', () => {
  it('answers the caller’s profile with the groups from their token', async () => {
    const res = await call(getMe, { path: '/api/me', as: admin });
    expect(res.status).toBe(200);
    const { me } = await res.json();
    expect(me).toMatchObject({ id: admin.id, email: admin.email, groups: ['nest-access', 'nest-admin'], is_admin: true, avatar_url: null });
  });

  it('changes the display name, and only the caller’s own row', async () => {
    const res = await call(patchMe, { path: '/api/me', method: 'PATCH', as: bob, body: { display_name: '  Bob Builder ' } });
    expect(res.status).toBe(200);
    expect((await res.json()).me.display_name).toBe('Bob Builder');
    const rows = await stack.sql<{ id: string; display_name: string }>('SELECT id, display_name FROM users WHERE id = ANY($1) ORDER BY id', [[alice.id, bob.id]]);
    expect(rows).toEqual([
      { id: alice.id, display_name: 'alice' },
      { id: bob.id, display_name: 'Bob Builder' },
    ].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('creates the row of someone who calls the API before ever opening a page, with the token’s email', async () => {
    await stack.sql('DELETE FROM users WHERE id = $1', [bob.id]);
    const res = await call(patchMe, { path: '/api/me', method: 'PATCH', as: bob, body: { display_name: 'Bob' } });
    expect(res.status).toBe(200);
    expect(await stack.sql('SELECT email, display_name, has_access FROM users WHERE id = $1', [bob.id])).toEqual([{ email: bob.email, display_name: 'Bob', has_access: true }]);
  });

  it.each([
    [{ email: 'bob@route-test.local' }, 'email'],
    [{ has_access: true }, 'has_access'],
    [{ display_name: 'x'.repeat(121) }, 'display_name'],
    [{ display_name: 42 }, 'display_name'],
    [{ avatar_key: 'avatars/someone-else/6a3e9c1e-0000-4000-8000-000000000000' }, 'avatar_key'],
    [{ avatar_key: 'avatars/00000000-0000-4000-8000-000000000002/not-a-uuid' }, 'avatar_key'],
  ])('answers 422 naming the field for %j, changing nothing', async (body, field) => {
    const before = await stack.sql('SELECT * FROM users WHERE id = $1', [alice.id]);
    const res = await call(patchMe, { path: '/api/me', method: 'PATCH', as: alice, body });
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe(field);
    expect(await stack.sql('SELECT * FROM users WHERE id = $1', [alice.id])).toEqual(before);
  });

  it('answers 422 for an empty change and 400 for a body that is not JSON', async () => {
    expect((await call(patchMe, { path: '/api/me', method: 'PATCH', as: alice, body: {} })).status).toBe(422);
    expect((await call(patchMe, { path: '/api/me', method: 'PATCH', as: alice, body: 'display_name=x' })).status).toBe(400);
  });
});

describe('nobody can set another person’s email', () => {
  it('is not a column staff may send, on insert or update, straight to the engine', async () => {
    const update = await engine(alice.token, `mutation { update_users_by_pk(pk_columns: {id: "${alice.id}"}, _set: {email: "${bob.email}"}) { id } }`);
    expect(update.errors?.[0]?.extensions?.code).toBe('validation-failed');
    const insert = await engine(alice.token, `mutation { insert_users_one(object: {email: "${bob.email}", display_name: "x"}, on_conflict: {constraint: users_pkey, update_columns: [display_name]}) { id } }`);
    expect(insert.errors?.[0]?.extensions?.code).toBe('validation-failed');
    expect(await emailOf(alice.id)).toBe(alice.email);
    expect(await emailOf(bob.id)).toBe(bob.email);
  });

  it('is re-read from the token whenever the row is written, even if it was tampered with in the database', async () => {
    await stack.sql(`UPDATE users SET email = 'stolen@route-test.local' WHERE id = $1`, [alice.id]);
    const res = await call(patchMe, { path: '/api/me', method: 'PATCH', as: alice, body: { display_name: 'alice' } });
    expect(res.status).toBe(200);
    expect(await emailOf(alice.id)).toBe(alice.email);
  });

  it('cannot write a colleague’s row at all', async () => {
    const update = await engine(alice.token, `mutation { update_users_by_pk(pk_columns: {id: "${bob.id}"}, _set: {display_name: "hacked"}) { id } }`);
    expect(update.data?.update_users_by_pk).toBeNull();
    expect((await stack.sql<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [bob.id]))[0].display_name).not.toBe('hacked');
  });
});

describe('admin routes', () => {
  it.each([
    ['GET /api/admin/users', () => call(listPool, { path: '/api/admin/users', as: alice })],
    ['POST …/groups', () => call(grant, { path: '/x', method: 'POST', as: alice, params: { sub: bob.id }, body: { group: 'nest-admin' } })],
    ['DELETE …/groups/nest-access', () => call(revoke, { path: '/x', method: 'DELETE', as: alice, params: { sub: bob.id, group: 'nest-access' } })],
    ['POST /api/admin/revoke', () => call(revokeByEmail, { path: '/x', method: 'POST', as: alice, body: { email: bob.email } })],
  ])('answer 403 to staff: %s', async (_name, send) => {
    const res = await send();
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  it('list the pool with each account’s groups and status', async () => {
    const res = await call(listPool, { path: '/api/admin/users', as: admin });
    expect(res.status).toBe(200);
    const { users, next_cursor } = (await res.json()) as { users: { sub: string; email: string; groups: string[]; status: string; enabled: boolean }[]; next_cursor: string | null };
    expect(next_cursor).toBeNull();
    const byEmail = Object.fromEntries(users.map((u) => [u.email, u]));
    expect(byEmail[admin.email]).toMatchObject({ sub: admin.id, groups: ['nest-access', 'nest-admin'], status: 'CONFIRMED', enabled: true });
    expect(byEmail[outsider.email]).toMatchObject({ sub: outsider.id, groups: [] });
  });

  it('narrow the list by the start of the address and page through it', async () => {
    const res = await call(listPool, { path: `/api/admin/users?email=${encodeURIComponent('ALI')}`, as: admin });
    expect(((await res.json()).users as { email: string }[]).map((u) => u.email)).toEqual([alice.email]);
    expect((await call(listPool, { path: '/api/admin/users?page=2', as: admin })).status).toBe(422);
  });

  it('grant nest-admin together with nest-access, visible in the person’s next token', async () => {
    const res = await call(grant, { path: '/x', method: 'POST', as: admin, params: { sub: outsider.id }, body: { group: 'nest-admin' } });
    expect(res.status).toBe(200);
    expect((await res.json()).user.groups).toEqual(['nest-access', 'nest-admin']);
    const claims = JSON.parse(Buffer.from((await stack.signIn(outsider)).token.split('.')[1], 'base64url').toString());
    expect(claims['cognito:groups'].sort()).toEqual(['nest-access', 'nest-admin']);
  });

  it('revoke nest-access: groups gone, signed out everywhere, out of the pickers at once', async () => {
    const refresh = await stack.cognito.call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: stack.cognito.cognito.clientId, AuthParameters: { USERNAME: bob.email, PASSWORD: bob.password! } });
    const refreshToken = (refresh.body.AuthenticationResult as { RefreshToken: string }).RefreshToken;

    const res = await call(revoke, { path: '/x', method: 'DELETE', as: admin, params: { sub: bob.id, group: 'nest-access' } });
    expect(res.status).toBe(200);
    expect((await res.json()).user.groups).toEqual([]);

    const again = await stack.cognito.call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: stack.cognito.cognito.clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
    expect(again.status).toBe(400);
    const picker = await call(searchStaff, { path: '/api/users?q=bob', as: alice });
    expect((await picker.json()).users).toEqual([]);
    expect(await stack.sql('SELECT has_access FROM users WHERE id = $1', [bob.id])).toEqual([{ has_access: false }]);
  });

  it('refuse to revoke the caller’s own groups, and answer 404 for unknown accounts or groups', async () => {
    const self = await call(revoke, { path: '/x', method: 'DELETE', as: admin, params: { sub: admin.id, group: 'nest-admin' } });
    expect(self.status).toBe(422);
    const unknown = await call(revoke, { path: '/x', method: 'DELETE', as: admin, params: { sub: '00000000-0000-4000-8000-999999999999', group: 'nest-access' } });
    expect(unknown.status).toBe(404);
    const group = await call(revoke, { path: '/x', method: 'DELETE', as: admin, params: { sub: alice.id, group: 'marketing' } });
    expect(group.status).toBe(404);
    const badGrant = await call(grant, { path: '/x', method: 'POST', as: admin, params: { sub: alice.id }, body: { group: 'root' } });
    expect(badGrant.status).toBe(422);
    expect((await badGrant.json()).error.field).toBe('group');
  });

  it('put a person back in the pickers when nest-access is granted again', async () => {
    const res = await call(grant, { path: '/x', method: 'POST', as: admin, params: { sub: bob.id }, body: { group: 'nest-access' } });
    expect(res.status).toBe(200);
    expect(await stack.sql('SELECT has_access FROM users WHERE id = $1', [bob.id])).toEqual([{ has_access: true }]);
  });

  it('clear the picker flag of accounts the pool shows without nest-access (changed outside the app)', async () => {
    await stack.sql('UPDATE users SET has_access = true WHERE id = $1', [outsider.id]);
    await call(revoke, { path: '/x', method: 'DELETE', as: admin, params: { sub: outsider.id, group: 'nest-access' } });
    await stack.sql('UPDATE users SET has_access = true WHERE id = $1', [outsider.id]);
    await call(listPool, { path: '/api/admin/users', as: admin });
    expect(await stack.sql('SELECT has_access FROM users WHERE id = $1', [outsider.id])).toEqual([{ has_access: false }]);
  });
});
