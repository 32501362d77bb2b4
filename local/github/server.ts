import http from 'node:http';
import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { listen } from '../stack/http';
import type { SampleOrg } from './sample-org';

/**
 * A local stand-in for the part of GitHub's REST API (version 2022-11-28) the teams feature uses, as strict as
 * GitHub about what it checks:
 * - the app JWT: RS256 signed by the app's private key (verified with its public key), `iss` the app id, `iat` not
 *   in the future, `exp` in the future and at most 10 minutes after `iat`;
 * - GET /orgs/{org}/installation and POST /app/installations/{id}/access_tokens take only that JWT; the org and team
 *   endpoints take only an unexpired installation token (Bearer or token scheme), never the JWT;
 * - a User-Agent is required; pagination with per_page (≤ 100) and page, and a Link header, as GitHub does;
 * - errors are GitHub's JSON ({ message, documentation_url, status }) with its status codes and wording.
 */

export interface StartGitHubOptions {
  port: number;
  host?: string;
  appId: string;
  /** The app's public key (PEM): GitHub keeps the public half of the key the app signs with. */
  publicKeyPem: string;
  org: SampleOrg;
  /** Installation tokens live an hour on GitHub; tests shorten it. */
  tokenTtlMs?: number;
  now?: () => number;
}

export interface LocalGitHub {
  /** GITHUB_API_URL for the app. */
  url: string;
  installationId: number;
  /** Installation tokens issued so far (tests check the app caches them). */
  tokensIssued(): number;
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const notFound = () => new GitHubError(404, 'Not Found');
const badCredentials = () => new GitHubError(401, 'Bad credentials');

function send(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
  res.end(JSON.stringify(body));
}

/** `Bearer x` or GitHub's older `token x`. */
function credentials(req: http.IncomingMessage): string | undefined {
  const m = /^(?:Bearer|token)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

async function verifyAppJwt(token: string | undefined, appId: string, key: KeyObject, nowMs: number): Promise<void> {
  const undecodable = new GitHubError(401, 'A JSON web token could not be decoded');
  if (!token || token.split('.').length !== 3) throw undecodable;
  let claims: ReturnType<typeof decodeJwt>;
  try {
    if (decodeProtectedHeader(token).alg !== 'RS256') throw undecodable;
    claims = decodeJwt(token);
  } catch {
    throw undecodable;
  }
  const now = Math.floor(nowMs / 1000);
  if (typeof claims.iat !== 'number' || claims.iat > now + 60) throw new GitHubError(401, "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued.");
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    throw new GitHubError(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires.");
  }
  if (claims.exp - claims.iat > 600) throw new GitHubError(401, "'Expiration time' claim ('exp') is too far in the future.");
  if (String(claims.iss) !== appId) throw new GitHubError(401, 'Integration not found');
  try {
    // The time claims were judged above with GitHub's own rules; here only the signature.
    await jwtVerify(token, key, { algorithms: ['RS256'], currentDate: new Date(claims.iat * 1000) });
  } catch {
    throw undecodable;
  }
}

/** page and per_page as GitHub reads them, and the Link header for the slice served. */
function paginate<T>(items: T[], url: URL, base: string): { page: T[]; link?: string } {
  const perPage = Math.min(Math.max(Number.parseInt(url.searchParams.get('per_page') ?? '30', 10) || 30, 1), 100);
  const page = Math.max(Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const at = (n: number) => {
    const u = new URL(url.pathname + url.search, base);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const links = [
    ...(page < last ? [`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`] : []),
    ...(page > 1 ? [`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`] : []),
  ];
  return { page: items.slice((page - 1) * perPage, page * perPage), ...(links.length ? { link: links.join(', ') } : {}) };
}

/** GitHub's legacy global node id: base64 of "04:<Type><id>". */
const nodeId = (type: string, id: number) => Buffer.from(`04:${type}${id}`).toString('base64');

export async function startGitHub(opts: StartGitHubOptions): Promise<LocalGitHub> {
  const now = opts.now ?? Date.now;
  const key = createPublicKey(opts.publicKeyPem);
  const installationId = opts.org.installationId;
  const tokens = new Map<string, number>();
  let issued = 0;
  let base = '';

  const team = (t: SampleOrg['teams'][number]): Record<string, unknown> => ({
    id: t.id,
    node_id: nodeId('Team', t.id),
    url: `${base}/teams/${t.id}`,
    html_url: `https://github.com/orgs/${opts.org.login}/teams/${t.slug}`,
    name: t.name,
    slug: t.slug,
    description: t.description,
    privacy: t.privacy,
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${base}/teams/${t.id}/members{/member}`,
    repositories_url: `${base}/teams/${t.id}/repos`,
    parent: t.parent ? team(opts.org.teams.find((p) => p.slug === t.parent)!) : null,
  });
  const user = (login: string) => {
    const u = opts.org.members.find((m) => m.login === login)!;
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId('User', u.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: `${base}/users/${u.login}`,
      html_url: `https://github.com/${u.login}`,
      type: 'User',
      site_admin: false,
      user_view_type: 'public',
    };
  };

  const requireInstallationToken = (req: http.IncomingMessage) => {
    const token = credentials(req);
    const expires = token ? tokens.get(token) : undefined;
    if (expires === undefined || expires <= now()) throw badCredentials();
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.headers['user-agent']) {
      throw new GitHubError(403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.');
    }
    const url = new URL(req.url ?? '/', base);
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const orgMatches = (login: string) => login.toLowerCase() === opts.org.login.toLowerCase();

    if (method === 'GET' && parts.length === 3 && parts[0] === 'orgs' && parts[2] === 'installation') {
      await verifyAppJwt(credentials(req), opts.appId, key, now());
      if (!orgMatches(parts[1])) throw notFound();
      return send(res, 200, {
        id: installationId,
        account: { login: opts.org.login, id: opts.org.id, node_id: nodeId('Organization', opts.org.id), type: 'Organization' },
        app_id: Number(opts.appId),
        target_type: 'Organization',
        permissions: { members: 'read', metadata: 'read' },
        events: [],
        repository_selection: 'selected',
      });
    }
    if (method === 'POST' && parts.length === 4 && parts[0] === 'app' && parts[1] === 'installations' && parts[3] === 'access_tokens') {
      await verifyAppJwt(credentials(req), opts.appId, key, now());
      if (parts[2] !== String(installationId)) throw notFound();
      const token = `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'A').slice(0, 36)}`;
      const expiresAt = now() + (opts.tokenTtlMs ?? 3_600_000);
      tokens.set(token, expiresAt);
      issued++;
      return send(res, 201, { token, expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'), permissions: { members: 'read', metadata: 'read' }, repository_selection: 'selected' });
    }
    if (method === 'GET' && parts[0] === 'orgs' && parts[2] === 'teams' && (parts.length === 3 || (parts.length === 5 && parts[4] === 'members'))) {
      requireInstallationToken(req);
      if (!orgMatches(parts[1])) throw notFound();
      if (parts.length === 3) {
        const { page, link } = paginate(opts.org.teams.map(team), url, base);
        return send(res, 200, page, link ? { link } : {});
      }
      const found = opts.org.teams.find((t) => t.slug === parts[3]);
      if (!found) throw notFound();
      const role = url.searchParams.get('role') ?? 'all';
      if (!['all', 'member', 'maintainer'].includes(role)) throw new GitHubError(422, 'Validation Failed');
      const members = Object.entries(found.members)
        .filter(([, r]) => role === 'all' || r === role)
        .map(([login]) => user(login));
      const { page, link } = paginate(members, url, base);
      return send(res, 200, page, link ? { link } : {});
    }
    throw notFound();
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const e = err instanceof GitHubError ? err : new GitHubError(500, 'Server Error');
      send(res, e.status, { message: e.message, documentation_url: DOCS, status: String(e.status) });
    });
  });
  const port = await listen(server, opts.port, opts.host ?? '127.0.0.1');
  base = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return {
    url: base,
    installationId,
    tokensIssued: () => issued,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
