import { STATUSES, TEAMS } from './dataset';

// The page every contender serves: 50 sightings of one team (the row filter) with one status, newest first,
// each with its reporter (object relationship) and media (array relationship). Variables and the team change
// from request to request, so no contender can answer from a single cached result.

export const PAGE_SIZE = 50;
/** Offsets are drawn up to this: paging through the first ten pages of a (team, status) list. */
const MAX_OFFSET = 500;
/** The fewest sightings for which every page of the workload is a full one: 2 pages per (team, status). */
export const MIN_ROWS = TEAMS * STATUSES.length * PAGE_SIZE * 2;

export const ENGINE_QUERY = `query Page($status: String!, $offset: Int!) {
  sighting(where: {status: {_eq: $status}}, order_by: [{occurred_at: desc}, {id: desc}], limit: ${PAGE_SIZE}, offset: $offset) {
    id title status occurred_at lat lng shape
    reporter { id name }
    media { id kind url }
  }
}`;

// PostGraphile's Amber preset names the global Node ID `id` and the primary key column `rowId`: the column is
// what the engine returns, so that is what is asked for.
const POSTGRAPHILE_NODE = `rowId title status occurredAt lat lng shape
      observerByReporterId { rowId name }
      sightingMediasBySightingId { nodes { rowId kind url } }`;

/** PostGraphile with row-level security: the team comes from the request (pgSettings), as in production. */
export const POSTGRAPHILE_RLS_QUERY = `query Page($status: String!, $offset: Int!) {
  allSightings(condition: {status: $status}, orderBy: [OCCURRED_AT_DESC, PRIMARY_KEY_DESC], first: ${PAGE_SIZE}, offset: $offset) {
    nodes { ${POSTGRAPHILE_NODE} }
  }
}`;

/** PostGraphile without row security: the team is a plain condition in the query (a lower bound for its cost). */
export const POSTGRAPHILE_CONDITION_QUERY = `query Page($team: Int!, $status: String!, $offset: Int!) {
  allSightings(condition: {teamId: $team, status: $status}, orderBy: [OCCURRED_AT_DESC, PRIMARY_KEY_DESC], first: ${PAGE_SIZE}, offset: $offset) {
    nodes { ${POSTGRAPHILE_NODE} }
  }
}`;

export interface PageRequest {
  team: number;
  status: string;
  offset: number;
}

/** A deterministic PRNG (mulberry32): every run asks for the same sequence of pages. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` requests over a data set of `rows` sightings (smaller data sets page less deep). */
export function pageRequests(count: number, rows: number, seed = 7): PageRequest[] {
  const next = prng(seed);
  const perList = rows / (TEAMS * STATUSES.length);
  // Half a page of slack below the average list length: random team/status lists vary in length.
  const maxOffset = Math.max(0, Math.min(MAX_OFFSET, Math.floor(perList - 1.5 * PAGE_SIZE)));
  return Array.from({ length: count }, () => ({
    team: 1 + Math.floor(next() * TEAMS),
    status: STATUSES[Math.floor(next() * STATUSES.length)],
    offset: Math.floor(next() * (maxOffset + 1)),
  }));
}

/** The ids of a page, from any contender's response body, to check that all of them answer the same rows. */
export function pageIds(body: string): string[] {
  const parsed = JSON.parse(body) as {
    data?: { sighting?: { id: string }[]; allSightings?: { nodes: { rowId: string }[] } };
    errors?: { message: string }[];
  };
  if (parsed.errors?.length) throw new Error(`the response has errors: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const rows = parsed.data?.sighting?.map((r) => r.id) ?? parsed.data?.allSightings?.nodes.map((r) => r.rowId);
  if (!rows) throw new Error(`unexpected response: ${body.slice(0, 200)}`);
  return rows.map(String);
}
