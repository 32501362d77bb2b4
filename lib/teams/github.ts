import 'server-only';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';

/**
 * Teams and members of a GitHub organisation, read through a GitHub App (REST API, version 2022-11-28):
 * 1. a JWT signed RS256 with the app's private key (iss = app id, at most 10 minutes long) authenticates as the app;
 * 2. GET /orgs/{org}/installation finds the app's installation on the organisation;
 * 3. POST /app/installations/{id}/access_tokens exchanges the JWT for an installation token (1 hour);
 * 4. GET /orgs/{org}/teams and /orgs/{org}/teams/{slug}/members (paginated with Link) with that token.
 * The installation token is cached until shortly before it expires. A typed result, never a thrown object.
 */

export interface GitHubAppConfig {
  appId: string;
  privateKeyPem: string;
  org: string;
  /** https://api.github.com unless GitHub Enterprise Server or the local stand-in. */
  apiUrl: string;
  timeoutMs?: number;
  /** The clock the JWT and the token's renewal go by (tests move it). */
  now?: () => number;
}

export type GitHubFailure = { kind: 'timeout' | 'unreachable' | 'auth' | 'not_found' | 'upstream'; message: string };
export type GitHubResult<T> = { ok: true; data: T } | { ok: false; error: GitHubFailure };

const teamSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  html_url: z.string(),
  parent: z.object({ slug: z.string() }).nullable().optional(),
});
const memberSchema = z.object({ id: z.number(), login: z.string(), avatar_url: z.string(), html_url: z.string() });
const installationSchema = z.object({ id: z.number() });
const tokenSchema = z.object({ token: z.string().min(1), expires_at: z.string() });

export type GitHubTeam = z.infer<typeof teamSchema>;
export type GitHubMember = z.infer<typeof memberSchema> & { role: 'maintainer' | 'member' };

const API_VERSION = '2022-11-28';
const PER_PAGE = 100;
/** Safety stop: an organisation with more than 50 pages of teams is not what this screen is for. */
const MAX_PAGES = 50;

/** The app JWT: issued a minute in the past against clock drift, as GitHub recommends, and valid for 9 minutes. */
export async function appJwt(appId: string, key: KeyObject, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000) - 60;
  return new SignJWT({}).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setIssuer(appId).setIssuedAt(iat).setExpirationTime(iat + 600).sign(key);
}

/** The next page's URL from a Link header (RFC 8288), as GitHub paginates. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (m && m[2].split(/\s+/).includes('next')) return m[1];
  }
  return null;
}

export class GitHubTeamsClient {
  private readonly key: KeyObject;
  private token: { value: string; renewAt: number } | undefined;

  constructor(private readonly config: GitHubAppConfig) {
    this.key = createPrivateKey(config.privateKeyPem);
  }

  async teams(): Promise<GitHubResult<GitHubTeam[]>> {
    return this.paginate(`/orgs/${encodeURIComponent(this.config.org)}/teams`, teamSchema);
  }

  /** Members with their role on the team: maintainers are what our tables call leads. */
  async members(slug: string): Promise<GitHubResult<GitHubMember[]>> {
    const base = `/orgs/${encodeURIComponent(this.config.org)}/teams/${encodeURIComponent(slug)}/members`;
    const [all, maintainers] = await Promise.all([this.paginate(`${base}?role=all`, memberSchema), this.paginate(`${base}?role=maintainer`, memberSchema)]);
    if (!all.ok) return all;
    if (!maintainers.ok) return maintainers;
    const leads = new Set(maintainers.data.map((m) => m.id));
    return { ok: true, data: all.data.map((m) => ({ ...m, role: leads.has(m.id) ? 'maintainer' : 'member' })) };
  }

  private async paginate<T>(path: string, item: z.ZodType<T>): Promise<GitHubResult<T[]>> {
    const token = await this.installationToken();
    if (!token.ok) return token;
    const out: T[] = [];
    const first = new URL(this.config.apiUrl.replace(/\/$/, '') + path);
    first.searchParams.set('per_page', String(PER_PAGE));
    let url: string | null = first.toString();
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const res = await this.request(url, { authorization: `Bearer ${token.data}` });
      if (!res.ok) return res;
      const items = z.array(item).safeParse(res.data.body);
      if (!items.success) return { ok: false, error: { kind: 'upstream', message: `GitHub sent an unexpected answer for ${path}` } };
      out.push(...items.data);
      url = nextLink(res.data.link);
    }
    return { ok: true, data: out };
  }

  private async installationToken(): Promise<GitHubResult<string>> {
    const now = this.config.now?.() ?? Date.now();
    if (this.token && now < this.token.renewAt) return { ok: true, data: this.token.value };
    const jwt = { authorization: `Bearer ${await appJwt(this.config.appId, this.key, now)}` };
    const base = this.config.apiUrl.replace(/\/$/, '');
    const found = await this.request(`${base}/orgs/${encodeURIComponent(this.config.org)}/installation`, jwt);
    if (!found.ok) return found;
    const installation = installationSchema.safeParse(found.data.body);
    if (!installation.success) return { ok: false, error: { kind: 'upstream', message: 'GitHub sent an unexpected installation' } };
    const issued = await this.request(`${base}/app/installations/${installation.data.id}/access_tokens`, jwt, 'POST');
    if (!issued.ok) return issued;
    const token = tokenSchema.safeParse(issued.data.body);
    if (!token.success) return { ok: false, error: { kind: 'upstream', message: 'GitHub sent an unexpected installation token' } };
    // Renewed five minutes early, so a token never expires between the check and its use.
    this.token = { value: token.data.token, renewAt: Date.parse(token.data.expires_at) - 5 * 60_000 };
    return { ok: true, data: token.data.token };
  }

  private async request(url: string, auth: { authorization: string }, method = 'GET'): Promise<GitHubResult<{ body: unknown; link: string | null }>> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { accept: 'application/vnd.github+json', 'x-github-api-version': API_VERSION, 'user-agent': 'nest-dashboard', ...auth },
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 10_000),
        cache: 'no-store',
      });
    } catch (err) {
      const timedOut = err instanceof Error && err.name === 'TimeoutError';
      return { ok: false, error: { kind: timedOut ? 'timeout' : 'unreachable', message: `GitHub ${timedOut ? 'did not answer in time' : 'could not be reached'} (${method} ${new URL(url).pathname})` } };
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (res.ok) return { ok: true, data: { body, link: res.headers.get('link') } };
    const message = z.object({ message: z.string() }).safeParse(body);
    const detail = `GitHub answered ${res.status} to ${method} ${new URL(url).pathname}: ${message.success ? message.data.message : 'no message'}`;
    if (res.status === 401 || res.status === 403) this.token = undefined;
    const kind = res.status === 401 || res.status === 403 ? 'auth' : res.status === 404 ? 'not_found' : 'upstream';
    return { ok: false, error: { kind, message: detail } };
  }
}
