import { sendJson, startFakeUpstream, type FakeHandler } from '@/lib/testing/fake-upstream';
import { PROFILE_REFRESH_MS, profileNeedsWrite, profileRow, syncStaffProfile } from './sync-profile';

const NOW = new Date('2025-06-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const user = { sub: 'sub-123', email: 'New.Analyst@Example.org', groups: ['nest-access'] };

/** An ID token as far as the payload goes (signature checks happen before this code runs). */
function idToken(claims: Record<string, unknown>): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: user.sub, ...claims })}.c2lnbmF0dXJl`;
}

describe('profileNeedsWrite', () => {
  it('writes for someone without a row, or whose row was never seen', () => {
    expect(profileNeedsWrite(null, NOW)).toBe(true);
    expect(profileNeedsWrite({ last_seen_at: null }, NOW)).toBe(true);
  });

  it('leaves a recently seen row alone and refreshes a stale one', () => {
    expect(profileNeedsWrite({ last_seen_at: ago(60_000) }, NOW)).toBe(false);
    expect(profileNeedsWrite({ last_seen_at: ago(PROFILE_REFRESH_MS - 1) }, NOW)).toBe(false);
    expect(profileNeedsWrite({ last_seen_at: ago(PROFILE_REFRESH_MS) }, NOW)).toBe(true);
    expect(profileNeedsWrite({ last_seen_at: ago(3 * 86_400_000) }, NOW)).toBe(true);
  });

  it('does not write on every page while the server clock is behind the database', () => {
    expect(profileNeedsWrite({ last_seen_at: ago(-30_000) }, NOW)).toBe(false);
  });

  it('rewrites a timestamp it cannot read rather than trusting it', () => {
    expect(profileNeedsWrite({ last_seen_at: 'yesterday-ish' }, NOW)).toBe(true);
  });
});

describe('profileRow', () => {
  it('stamps last_seen_at and leaves the email to the token (the permission presets it)', () => {
    expect(profileRow(user, idToken({}), NOW)).toEqual({ display_name: '', last_seen_at: NOW.toISOString() });
  });

  it('takes the display name from the token’s name claim, within the column’s limit', () => {
    expect(profileRow(user, idToken({ name: '  Dana Scully ' }), NOW).display_name).toBe('Dana Scully');
    expect(profileRow(user, idToken({ name: 'x'.repeat(300) }), NOW).display_name).toHaveLength(120);
    expect(profileRow(user, idToken({ name: 42 }), NOW).display_name).toBe('');
  });

  it('never sends the id, email or access flag: the permission presets them from the token', () => {
    const row = profileRow(user, idToken({ name: 'Dana' }), NOW);
    expect(row).not.toHaveProperty('id');
    expect(row).not.toHaveProperty('email');
    expect(row).not.toHaveProperty('has_access');
  });
});

describe('syncStaffProfile', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>> | undefined;
  afterEach(async () => {
    await upstream?.close();
    upstream = undefined;
  });

  /** A fake engine answering MyProfile with `row` and UpsertMyProfile by echoing the row back. */
  const engine = (row: { id: string; last_seen_at: string | null } | null, upsert?: FakeHandler): FakeHandler => (req, res) => {
    const { operationName, variables } = JSON.parse(req.body) as { operationName: string; variables: { object?: { last_seen_at: string } } };
    if (operationName === 'MyProfile') return sendJson(res, 200, { data: { users_by_pk: row } });
    if (upsert) return upsert(req, res);
    sendJson(res, 200, { data: { insert_users_one: { id: user.sub, last_seen_at: variables.object?.last_seen_at ?? null } } });
  };
  const operations = () => upstream!.requests.map((r) => (JSON.parse(r.body) as { operationName: string }).operationName);
  const session = { user, idToken: idToken({}) };

  it('creates the row of someone seen for the first time, with their own token and the staff role', async () => {
    upstream = await startFakeUpstream(engine(null));
    await expect(syncStaffProfile(session, { now: NOW, url: upstream.url })).resolves.toBe('written');

    expect(operations()).toEqual(['MyProfile', 'UpsertMyProfile']);
    for (const req of upstream.requests) {
      expect(req.headers.authorization).toBe(`Bearer ${session.idToken}`);
      expect(req.headers['x-hasura-role']).toBe('nest-access');
    }
    const sent = JSON.parse(upstream.requests[1].body) as { query: string; variables: { object: Record<string, unknown> } };
    expect(sent.variables.object).toEqual({ display_name: '', last_seen_at: NOW.toISOString() });
    // A repeat visit must only touch last_seen_at: a display name someone chose stays theirs.
    expect(sent.query).toMatch(/update_columns:\s*\[last_seen_at\]/);
  });

  it('only reads when the row was written a moment ago', async () => {
    upstream = await startFakeUpstream(engine({ id: user.sub, last_seen_at: ago(30_000) }));
    await expect(syncStaffProfile(session, { now: NOW, url: upstream.url })).resolves.toBe('fresh');
    expect(operations()).toEqual(['MyProfile']);
  });

  it('asks nothing again while the row it saw or wrote is fresh, and reads again once that has aged', async () => {
    upstream = await startFakeUpstream(engine({ id: 'sub-seen', last_seen_at: ago(60_000) }));
    const seenSession = { user: { ...user, sub: 'sub-seen' }, idToken: idToken({}) };
    await expect(syncStaffProfile(seenSession, { now: NOW, url: upstream.url })).resolves.toBe('fresh');
    const later = (ms: number) => new Date(NOW.getTime() + ms);
    await expect(syncStaffProfile(seenSession, { now: later(PROFILE_REFRESH_MS - 60_001), url: upstream.url })).resolves.toBe('fresh');
    expect(operations()).toEqual(['MyProfile']);
    // Someone else is not taken for them.
    await expect(syncStaffProfile({ ...seenSession, user: { ...user, sub: 'sub-other' } }, { now: NOW, url: upstream.url })).resolves.toBe('fresh');
    expect(operations()).toEqual(['MyProfile', 'MyProfile']);
    // Past the refresh interval of the row it saw, it reads (and here writes) again.
    await expect(syncStaffProfile(seenSession, { now: later(PROFILE_REFRESH_MS), url: upstream.url })).resolves.toBe('written');
    expect(operations()).toEqual(['MyProfile', 'MyProfile', 'MyProfile', 'UpsertMyProfile']);
    await expect(syncStaffProfile(seenSession, { now: later(PROFILE_REFRESH_MS + 1_000), url: upstream.url })).resolves.toBe('fresh');
    expect(operations()).toHaveLength(4);
  });

  it('refreshes last_seen_at once the row is stale', async () => {
    upstream = await startFakeUpstream(engine({ id: user.sub, last_seen_at: ago(PROFILE_REFRESH_MS * 2) }));
    await expect(syncStaffProfile(session, { now: NOW, url: upstream.url })).resolves.toBe('written');
    expect(operations()).toEqual(['MyProfile', 'UpsertMyProfile']);
  });

  it('reports a refused write without throwing', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    upstream = await startFakeUpstream(
      engine(null, (_req, res) => sendJson(res, 200, { errors: [{ message: 'Uniqueness violation', extensions: { code: 'constraint-violation' } }] })),
    );
    await expect(syncStaffProfile(session, { now: NOW, url: upstream.url })).resolves.toBe('failed');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('constraint-violation'));
    error.mockRestore();
  });

  it('gives up quietly when the engine cannot be reached, without attempting a write', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    upstream = await startFakeUpstream((_req, res) => sendJson(res, 503, { message: 'down' }));
    await expect(syncStaffProfile(session, { now: NOW, url: upstream.url })).resolves.toBe('failed');
    expect(operations()).toEqual(['MyProfile']);
    await expect(syncStaffProfile(session, { now: NOW, url: 'http://127.0.0.1:9/v1/graphql' })).resolves.toBe('failed');
    error.mockRestore();
  });
});
