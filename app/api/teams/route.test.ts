import { generateKeyPairSync } from 'node:crypto';
import { SAMPLE_ORG } from '@/local/github/sample-org';
import { startGitHub, type LocalGitHub } from '@/local/github/server';
import { setUpApiStack, type CallInit, type RouteHandler, type StaffMember } from '@/local/test/api-stack';

// Teams from our tables (admins edit them) and, with the GITHUB_* variables set, from the GitHub organisation
// through the GitHub App (read-only), against the real engine and database and the local GitHub stand-in.
const stack = setUpApiStack('teams');
let admin: StaffMember;
let alice: StaffMember;
let bob: StaffMember;
const call = (handler: RouteHandler, init: CallInit) => stack.call(handler, init);
type Routes = { list: typeof import('./route'); team: typeof import('./[id]/route'); member: typeof import('./[id]/members/[userId]/route') };

/** The route modules as a fresh process would load them, so the env read at start-up is the current one. */
async function routes(): Promise<Routes> {
  let loaded: Routes | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = { list: await import('./route'), team: await import('./[id]/route'), member: await import('./[id]/members/[userId]/route') };
  });
  return loaded!;
}

beforeAll(async () => {
  admin = await stack.staff({ name: 'Admin', admin: true });
  alice = await stack.staff({ name: 'Alice' });
  bob = await stack.staff({ name: 'Bob' });
});

describe('teams from our tables', () => {
  let r: Routes;
  let teamId: string;
  beforeAll(async () => {
    r = await routes();
  });

  it('lets an admin create a team, add members and a lead, and everyone list them', async () => {
    const created = await call(r.list.POST, { path: '/api/teams', method: 'POST', as: admin, body: { name: ' Sky Survey ', description: 'All-sky camera network' } });
    expect(created.status).toBe(201);
    teamId = (await created.json()).team.id;
    for (const [who, is_lead] of [
      [alice, true],
      [bob, false],
    ] as const) {
      const put = await call(r.member.PUT, { path: '/x', method: 'PUT', as: admin, params: { id: teamId, userId: who.id }, body: { is_lead } });
      expect(put.status).toBe(200);
    }
    const res = await call(r.list.GET, { path: '/api/teams', as: alice });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ source: 'database', read_only: false, org: null });
    expect(body.teams).toEqual([
      {
        id: teamId,
        slug: null,
        name: 'Sky Survey',
        description: 'All-sky camera network',
        html_url: null,
        members: [
          { user_id: alice.id, github_login: null, name: 'Alice', email: alice.email, avatar_url: null, is_lead: true },
          { user_id: bob.id, github_login: null, name: 'Bob', email: bob.email, avatar_url: null, is_lead: false },
        ],
      },
    ]);
  });

  it('renames, removes a member and deletes, answering 404 once gone', async () => {
    expect((await call(r.team.PATCH, { path: '/x', method: 'PATCH', as: admin, params: { id: teamId }, body: { name: 'Sky Survey West' } })).status).toBe(200);
    expect((await call(r.member.DELETE, { path: '/x', method: 'DELETE', as: admin, params: { id: teamId, userId: bob.id } })).status).toBe(200);
    expect((await call(r.member.DELETE, { path: '/x', method: 'DELETE', as: admin, params: { id: teamId, userId: bob.id } })).status).toBe(404);
    expect(await stack.sql('SELECT user_id FROM team_members WHERE team_id = $1', [teamId])).toEqual([{ user_id: alice.id }]);
    expect((await call(r.team.DELETE, { path: '/x', method: 'DELETE', as: admin, params: { id: teamId } })).status).toBe(200);
    expect((await call(r.team.PATCH, { path: '/x', method: 'PATCH', as: admin, params: { id: teamId }, body: { name: 'Again' } })).status).toBe(404);
  });

  it('answers 409 naming the field for a duplicate name, and 404 for a member who does not exist', async () => {
    await call(r.list.POST, { path: '/api/teams', method: 'POST', as: admin, body: { name: 'Dup' } });
    const dup = await call(r.list.POST, { path: '/api/teams', method: 'POST', as: admin, body: { name: 'Dup' } });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.field).toBe('name');
    const [{ id }] = await stack.sql<{ id: string }>(`SELECT id FROM teams WHERE name = 'Dup'`);
    const ghost = await call(r.member.PUT, { path: '/x', method: 'PUT', as: admin, params: { id, userId: 'no-such-person' }, body: {} });
    expect(ghost.status).toBe(404);
  });

  it.each([
    ['POST /api/teams', () => call(r.list.POST, { path: '/api/teams', method: 'POST', as: alice, body: { name: 'Mine' } })],
    ['PATCH /api/teams/:id', () => call(r.team.PATCH, { path: '/x', method: 'PATCH', as: alice, params: { id: '5e2f8a1c-0000-4000-8000-000000000001' }, body: { name: 'x' } })],
    ['DELETE /api/teams/:id', () => call(r.team.DELETE, { path: '/x', method: 'DELETE', as: alice, params: { id: '5e2f8a1c-0000-4000-8000-000000000001' } })],
    ['PUT …/members/:userId', () => call(r.member.PUT, { path: '/x', method: 'PUT', as: alice, params: { id: '5e2f8a1c-0000-4000-8000-000000000001', userId: alice.id }, body: {} })],
  ])('answers 403 to staff: %s', async (_name, send) => {
    expect((await send()).status).toBe(403);
  });

  it.each([
    [{}, 'name'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ name: 'ok', description: 7 }, 'description'],
    [{ name: 'ok', lead: 'alice' }, 'lead'],
  ])('answers 422 naming the field for %j', async (body, field) => {
    const res = await call(r.list.POST, { path: '/api/teams', method: 'POST', as: admin, body });
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe(field);
  });
});

describe('teams from the GitHub organisation', () => {
  let gh: LocalGitHub;
  let r: Routes;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  beforeAll(async () => {
    gh = await startGitHub({ port: 0, appId: '424242', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), org: SAMPLE_ORG });
    // As a one-line env file carries the key GitHub gave out (PKCS#1, newlines escaped).
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().replace(/\n/g, '\\n');
    Object.assign(process.env, { GITHUB_APP_ID: '424242', GITHUB_APP_PRIVATE_KEY: pem, GITHUB_ORG: 'phenom-earth', GITHUB_API_URL: gh.url });
    r = await routes();
  });
  afterAll(async () => {
    for (const name of ['GITHUB_APP_ID', 'GITHUB_APP_PRIVATE_KEY', 'GITHUB_ORG', 'GITHUB_API_URL']) delete process.env[name];
    await gh.stop();
  });

  it('lists the organisation’s teams with members and maintainers as leads, saying they are read-only', async () => {
    const res = await call(r.list.GET, { path: '/api/teams', as: alice });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ source: 'github', org: 'phenom-earth', read_only: true });
    expect(body.teams.map((t: { name: string }) => t.name)).toEqual(['Field Investigations', 'Imagery Analysis', 'INT', 'Night Shift', 'Radar & ADS-B']);
    const imagery = body.teams.find((t: { slug: string }) => t.slug === 'imagery-analysis');
    expect(imagery).toMatchObject({ id: '9812027', html_url: 'https://github.com/orgs/phenom-earth/teams/imagery-analysis' });
    expect(imagery.members.map((m: { github_login: string; is_lead: boolean }) => [m.github_login, m.is_lead])).toEqual([
      ['kiri-astro', true],
      ['noor-imaging', true],
      ['sam-skywatch', false],
    ]);
    expect(imagery.members[0]).toMatchObject({ user_id: null, avatar_url: 'https://avatars.githubusercontent.com/u/91305764?v=4' });
    expect(body.teams.find((t: { slug: string }) => t.slug === 'night-shift').members).toEqual([]);
  });

  it('refuses every write with 409 read_only, naming the organisation', async () => {
    const res = await call(r.list.POST, { path: '/api/teams', method: 'POST', as: admin, body: { name: 'New' } });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: 'read_only', message: expect.stringContaining('phenom-earth') });
    const del = await call(r.team.DELETE, { path: '/x', method: 'DELETE', as: admin, params: { id: '5e2f8a1c-0000-4000-8000-000000000001' } });
    expect(del.status).toBe(409);
  });

  it('answers 502 without GitHub’s wording when the app key is not the one GitHub knows', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    process.env.GITHUB_APP_PRIVATE_KEY = other;
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const res = await call((await routes()).list.GET, { path: '/api/teams', as: alice });
    expect(res.status).toBe(502);
    expect(JSON.stringify(await res.json())).not.toContain('JSON web token');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('A JSON web token could not be decoded'));
    error.mockRestore();
  });
});
