import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { SAMPLE_ORG } from './sample-org';
import { startGitHub, type LocalGitHub } from './server';

// The stand-in must refuse what GitHub refuses; the app's client is tested against it in lib/teams/github.test.ts.
const APP_ID = '424242';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
let gh: LocalGitHub;
let clock = Date.now();

beforeAll(async () => {
  gh = await startGitHub({ port: 0, appId: APP_ID, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), org: SAMPLE_ORG, now: () => clock });
});
afterAll(() => gh.stop());
beforeEach(() => {
  clock = Date.now();
});

const s = () => Math.floor(clock / 1000);
const jwt = (claims: { iat?: number; exp?: number; iss?: string | number } = {}, key = privateKey) =>
  new SignJWT({ iss: claims.iss ?? APP_ID } as JWTPayload).setProtectedHeader({ alg: 'RS256' }).setIssuedAt(claims.iat ?? s() - 60).setExpirationTime(claims.exp ?? s() + 540).sign(key);

async function get(path: string, token?: string, init: RequestInit = {}) {
  const res = await fetch(`${gh.url}${path}`, {
    ...init,
    headers: { 'user-agent': 'test', accept: 'application/vnd.github+json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & Record<string, unknown>[], link: res.headers.get('link') };
}

async function installationToken() {
  const res = await get(`/app/installations/${SAMPLE_ORG.installationId}/access_tokens`, await jwt(), { method: 'POST' });
  expect(res.status).toBe(201);
  return res.body.token as string;
}

describe('app JWT', () => {
  it('finds the installation with a genuine JWT (iss as a string or a number)', async () => {
    for (const iss of [APP_ID, Number(APP_ID)]) {
      const res = await get('/orgs/phenom-earth/installation', await jwt({ iss }));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: SAMPLE_ORG.installationId, account: { login: 'phenom-earth' } });
    }
  });

  it.each([
    ['signed by another key', () => jwt({}, stranger), 'A JSON web token could not be decoded'],
    ['expired', () => jwt({ iat: s() - 700, exp: s() - 100 }), "'Expiration time' claim ('exp') must be a numeric value"],
    ['longer than 10 minutes', () => jwt({ iat: s() - 60, exp: s() + 600 }), "'Expiration time' claim ('exp') is too far in the future."],
    ['issued in the future', () => jwt({ iat: s() + 120, exp: s() + 300 }), "'Issued at' claim ('iat')"],
    ['another app', () => jwt({ iss: '1' }), 'Integration not found'],
    ['not a JWT', async () => 'garbage', 'A JSON web token could not be decoded'],
  ])('refuses a JWT %s with 401 and GitHub’s message', async (_name, token, message) => {
    const res = await get('/orgs/phenom-earth/installation', await token());
    expect(res.status).toBe(401);
    expect(res.body.message).toContain(message);
    expect(res.body.documentation_url).toBe('https://docs.github.com/rest');
  });

  it('answers 404 for an organisation the app is not installed on', async () => {
    expect((await get('/orgs/someone-else/installation', await jwt())).status).toBe(404);
  });
});

describe('installation token', () => {
  it('reads teams and members; the app JWT does not', async () => {
    const token = await installationToken();
    expect(token).toMatch(/^ghs_\w{36}$/);
    expect((await get('/orgs/phenom-earth/teams', await jwt())).status).toBe(401);
    const teams = await get('/orgs/phenom-earth/teams', token);
    expect(teams.status).toBe(200);
    expect(teams.body.map((t) => t.slug)).toEqual(SAMPLE_ORG.teams.map((t) => t.slug));
    expect(teams.body[1]).toMatchObject({ name: 'Field Investigations', parent: { slug: 'int' }, privacy: 'closed', html_url: 'https://github.com/orgs/phenom-earth/teams/field-investigations' });
    const leads = await get('/orgs/phenom-earth/teams/imagery-analysis/members?role=maintainer', token);
    expect(leads.body.map((u) => u.login)).toEqual(['noor-imaging', 'kiri-astro']);
  });

  it('expires after its lifetime and is refused with Bad credentials', async () => {
    const token = await installationToken();
    clock += 3_600_001;
    const res = await get('/orgs/phenom-earth/teams', token);
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('Bad credentials');
  });

  it('pages with per_page and a Link header', async () => {
    const token = await installationToken();
    const first = await get('/orgs/phenom-earth/teams?per_page=2', token);
    expect(first.body).toHaveLength(2);
    expect(first.link).toContain('rel="next"');
    const next = /<([^>]+)>; rel="next"/.exec(first.link!)![1];
    const second = await get(new URL(next).pathname + new URL(next).search, token);
    expect(second.body.map((t) => t.slug)).toEqual(['imagery-analysis', 'radar-and-adsb']);
  });

  it('answers 404 for an unknown team, and 403 without a User-Agent', async () => {
    const token = await installationToken();
    expect((await get('/orgs/phenom-earth/teams/nope/members', token)).status).toBe(404);
    const res = await fetch(`${gh.url}/orgs/phenom-earth/teams`, { headers: { authorization: `Bearer ${token}`, 'user-agent': '' } });
    expect(res.status).toBe(403);
  });
});
