import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { SAMPLE_ORG } from '@/local/github/sample-org';
import { startGitHub, type LocalGitHub } from '@/local/github/server';
import { appJwt, GitHubTeamsClient, nextLink } from './github';

const APP_ID = '424242';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
let gh: LocalGitHub;
let clock = Date.now();

beforeAll(async () => {
  gh = await startGitHub({ port: 0, appId: APP_ID, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), org: SAMPLE_ORG, tokenTtlMs: 3_600_000, now: () => clock });
});
afterAll(() => gh.stop());
afterEach(() => {
  clock = Date.now();
});

const client = (org = 'phenom-earth', apiUrl = gh.url) => new GitHubTeamsClient({ appId: APP_ID, privateKeyPem: pkcs1, org, apiUrl, timeoutMs: 2_000, now: () => clock });

describe('appJwt', () => {
  it('is RS256, issued by the app a minute in the past, and lives 10 minutes at most', async () => {
    const now = Date.UTC(2026, 0, 1, 12);
    const token = await appJwt(APP_ID, privateKey, now);
    expect(decodeProtectedHeader(token).alg).toBe('RS256');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: APP_ID, iat: now / 1000 - 60 });
    expect(claims.exp! - claims.iat!).toBe(600);
  });
});

describe('nextLink', () => {
  it('follows rel="next" and nothing else', () => {
    expect(nextLink('<https://api.github.com/orgs/x/teams?page=2>; rel="next", <https://api.github.com/orgs/x/teams?page=5>; rel="last"')).toBe('https://api.github.com/orgs/x/teams?page=2');
    expect(nextLink('<https://api.github.com/orgs/x/teams?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});

describe('GitHubTeamsClient against the local GitHub', () => {
  it('reads the teams and each team’s members with their role, on one installation token', async () => {
    const c = client();
    const before = gh.tokensIssued();
    const teams = await c.teams();
    expect(teams.ok && teams.data.map((t) => t.slug)).toEqual(SAMPLE_ORG.teams.map((t) => t.slug));
    const members = await c.members('field-investigations');
    expect(members.ok && members.data.map((m) => [m.login, m.role])).toEqual([
      ['riley-fieldwork', 'maintainer'],
      ['sam-skywatch', 'member'],
    ]);
    expect(gh.tokensIssued() - before).toBe(1);
  });

  it('gets a new installation token shortly before the old one expires', async () => {
    const c = client();
    await c.teams();
    const before = gh.tokensIssued();
    clock += 56 * 60_000;
    const teams = await c.teams();
    expect(teams.ok).toBe(true);
    expect(gh.tokensIssued() - before).toBe(1);
  });

  it('reports an organisation without the app, an unknown team and an unreachable API as typed failures', async () => {
    expect(await client('someone-else').teams()).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(await client().members('no-such-team')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(await client('phenom-earth', 'http://127.0.0.1:9').teams()).toMatchObject({ ok: false, error: { kind: 'unreachable' } });
  });
});
