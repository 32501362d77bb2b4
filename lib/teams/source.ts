import 'server-only';
import { TeamsDocument } from '@/graphql/generated/graphql';
import { serverEnv } from '@/lib/env';
import { hasuraFetch, type HasuraFailure } from '@/lib/hasura';
import { GitHubTeamsClient, type GitHubFailure, type GitHubMember, type GitHubTeam } from './github';

/**
 * Where teams come from: the GitHub organisation (through the GitHub App) when GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY
 * and GITHUB_ORG are set, read-only here; otherwise our own tables, which admins edit through /api/teams.
 */
export type TeamsSource = { kind: 'github'; org: string } | { kind: 'database' };

export interface TeamMemberView {
  /** Our users.id; null for a GitHub member (GitHub does not tell us their Cognito account). */
  user_id: string | null;
  github_login: string | null;
  name: string;
  email: string | null;
  avatar_url: string | null;
  is_lead: boolean;
}

export interface TeamView {
  id: string;
  /** GitHub's team slug; null for our own teams. */
  slug: string | null;
  name: string;
  description: string;
  html_url: string | null;
  members: TeamMemberView[];
}

export interface TeamsBody {
  source: TeamsSource['kind'];
  /** The organisation, when the source is GitHub. */
  org: string | null;
  /** True when the app cannot change teams (they are GitHub's): screens say so and hide the edit controls. */
  read_only: boolean;
  teams: TeamView[];
}

export type TeamsResult = { ok: true; data: TeamsBody } | { ok: false; source: 'github'; error: GitHubFailure } | { ok: false; source: 'database'; error: HasuraFailure };

export function teamsSource(): TeamsSource {
  const env = serverEnv();
  return env.GITHUB_APP_ID && env.GITHUB_APP_PRIVATE_KEY && env.GITHUB_ORG ? { kind: 'github', org: env.GITHUB_ORG } : { kind: 'database' };
}

let client: GitHubTeamsClient | undefined;
let cached: { at: number; teams: TeamView[] } | undefined;
/** GitHub's teams change rarely and each listing costs 1 + 2 × teams requests: one minute of staleness is fine. */
const GITHUB_CACHE_MS = 60_000;

function github(): GitHubTeamsClient {
  const env = serverEnv();
  client ??= new GitHubTeamsClient({ appId: env.GITHUB_APP_ID!, privateKeyPem: env.GITHUB_APP_PRIVATE_KEY!, org: env.GITHUB_ORG!, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com' });
  return client;
}

async function githubTeams(): Promise<{ ok: true; teams: TeamView[] } | { ok: false; error: GitHubFailure }> {
  if (cached && Date.now() - cached.at < GITHUB_CACHE_MS) return { ok: true, teams: cached.teams };
  const teams = await github().teams();
  if (!teams.ok) return teams;
  const views: TeamView[] = [];
  for (const team of teams.data.sort((a, b) => a.name.localeCompare(b.name))) {
    const members = await github().members(team.slug);
    if (!members.ok) return members;
    views.push(fromGitHub(team, members.data));
  }
  cached = { at: Date.now(), teams: views };
  return { ok: true, teams: views };
}

function fromGitHub(team: GitHubTeam, members: GitHubMember[]): TeamView {
  return {
    id: String(team.id),
    slug: team.slug,
    name: team.name,
    description: team.description ?? '',
    html_url: team.html_url,
    members: members
      .map((m) => ({ user_id: null, github_login: m.login, name: m.login, email: null, avatar_url: m.avatar_url, is_lead: m.role === 'maintainer' }))
      .sort((a, b) => Number(b.is_lead) - Number(a.is_lead) || a.name.localeCompare(b.name)),
  };
}

/** Every team with its members, from wherever they live; the caller's token reads our tables. */
export async function listTeams(idToken: string, options: { signal?: AbortSignal } = {}): Promise<TeamsResult> {
  const source = teamsSource();
  if (source.kind === 'github') {
    const teams = await githubTeams();
    return teams.ok ? { ok: true, data: { source: 'github', org: source.org, read_only: true, teams: teams.teams } } : { ok: false, source: 'github', error: teams.error };
  }
  const result = await hasuraFetch(TeamsDocument, {}, { token: idToken, signal: options.signal, timeoutMs: serverEnv().API_UPSTREAM_TIMEOUT_MS });
  if (!result.ok) return { ok: false, source: 'database', error: result.error };
  const teams = result.data.teams.map((t) => ({
    id: t.id,
    slug: null,
    name: t.name,
    description: t.description,
    html_url: null,
    members: t.members.flatMap((m) =>
      m.user ? [{ user_id: m.user.id, github_login: null, name: m.user.display_name || m.user.email, email: m.user.email, avatar_url: null, is_lead: m.is_lead }] : [],
    ),
  }));
  return { ok: true, data: { source: 'database', org: null, read_only: false, teams } };
}
