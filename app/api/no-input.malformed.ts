import type { Caller, MalformedCase, MalformedTable } from '@/local/test/malformed';
import { invalid } from '@/local/test/malformed';
import { DELETE as revokeGroup } from './admin/users/[sub]/groups/[group]/route';
import { DELETE as deleteItem } from './lists/[id]/items/[itemId]/route';
import { DELETE as deleteList, GET as getList } from './lists/[id]/route';
import { GET as myLists } from './lists/route';
import { GET as getMe } from './me/route';
import { POST as markRead } from './notifications/[id]/read/route';
import { POST as markAllRead } from './notifications/read-all/route';
import { GET as unreadCount } from './notifications/unread-count/route';
import { POST as restore } from './phenoms/[id]/restore/route';
import { DELETE as softDelete, GET as phenomDetail } from './phenoms/[id]/route';
import { POST as screen } from './phenoms/[id]/screenings/route';
import { POST as correlateAircraft } from './phenoms/[id]/correlations/route';
import { POST as replayRun } from './screening-runs/[id]/replay/route';
import { DELETE as removeMember } from './teams/[id]/members/[userId]/route';
import { DELETE as deleteTeam } from './teams/[id]/route';
import { GET as teams } from './teams/route';
import { PATCH as patchPhenom } from './phenoms/[id]/route';
import { POST as createPhenom } from './phenoms/route';
import { POST as createList } from './lists/route';
import { POST as shareIt } from './shares/route';

// Routes (or methods) that take nothing but their path: a query parameter or a body field sent anyway is refused
// with 422 naming it (parseNoInput), before anything is read or written, as on every other route.
const ID = '6b1d0c3a-0000-4000-8000-0000000000f1';
const OTHER = '6b1d0c3a-0000-4000-8000-0000000000f2';

interface Route {
  handler: MalformedCase['handler'];
  method: string;
  path: string;
  params?: Record<string, string>;
  as?: Caller;
}

const routes: Route[] = [
  { handler: phenomDetail, method: 'GET', path: `/api/phenoms/${ID}`, params: { id: ID } },
  { handler: myLists, method: 'GET', path: '/api/lists' },
  { handler: getList, method: 'GET', path: `/api/lists/${ID}`, params: { id: ID } },
  { handler: getMe, method: 'GET', path: '/api/me' },
  { handler: unreadCount, method: 'GET', path: '/api/notifications/unread-count' },
  { handler: teams, method: 'GET', path: '/api/teams' },
  { handler: revokeGroup, method: 'DELETE', path: `/api/admin/users/${ID}/groups/nest-admin`, params: { sub: ID, group: 'nest-admin' }, as: 'admin' },
  { handler: softDelete, method: 'DELETE', path: `/api/phenoms/${ID}`, params: { id: ID }, as: 'admin' },
  { handler: restore, method: 'POST', path: `/api/phenoms/${ID}/restore`, params: { id: ID }, as: 'admin' },
  { handler: screen, method: 'POST', path: `/api/phenoms/${ID}/screenings`, params: { id: ID } },
  { handler: correlateAircraft, method: 'POST', path: `/api/phenoms/${ID}/correlations`, params: { id: ID } },
  { handler: replayRun, method: 'POST', path: `/api/screening-runs/${ID}/replay`, params: { id: ID } },
  { handler: deleteList, method: 'DELETE', path: `/api/lists/${ID}`, params: { id: ID } },
  { handler: deleteItem, method: 'DELETE', path: `/api/lists/${ID}/items/${OTHER}`, params: { id: ID, itemId: OTHER } },
  { handler: markRead, method: 'POST', path: `/api/notifications/${ID}/read`, params: { id: ID } },
  { handler: markAllRead, method: 'POST', path: '/api/notifications/read-all' },
  { handler: deleteTeam, method: 'DELETE', path: `/api/teams/${ID}`, params: { id: ID }, as: 'admin' },
  { handler: removeMember, method: 'DELETE', path: `/api/teams/${ID}/members/u-1`, params: { id: ID, userId: 'u-1' }, as: 'admin' },
];

const cases: MalformedCase[] = routes.flatMap((r) => {
  const withQuery: MalformedCase = { ...r, name: 'a query parameter it does not take', path: `${r.path}?limit=5`, ...invalid('limit') };
  // GET has no body; every other method gets a body with a field it does not take.
  if (r.method === 'GET') return [withQuery];
  return [withQuery, { ...r, name: 'a body field it does not take', body: { force: true }, ...invalid('force') }];
});

// A route that takes a JSON body takes no query string: a parameter sent with the body is refused, naming it.
const bodyRoutes: Array<Route & { body: unknown; param: string }> = [
  { handler: createPhenom, method: 'POST', path: '/api/phenoms', body: { title: 'Light', occurred_at: '2026-01-01T00:00:00Z' }, param: 'dry_run' },
  { handler: patchPhenom, method: 'PATCH', path: `/api/phenoms/${ID}`, params: { id: ID }, body: { status: 'triage' }, param: 'force' },
  { handler: createList, method: 'POST', path: '/api/lists', body: { name: 'Mine' }, param: 'owner_id' },
  { handler: shareIt, method: 'POST', path: '/api/shares', body: { list_id: ID, user_id: 'u-2' }, param: 'notify' },
];
cases.push(...bodyRoutes.map(({ param, ...r }): MalformedCase => ({ ...r, name: 'a query parameter beside its body', path: `${r.path}?${param}=1`, ...invalid(param) })));

export const table: MalformedTable = { area: 'no input', cases };
