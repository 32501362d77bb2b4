import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge, invalid, queryRowsFor, rowsFor } from '@/local/test/malformed';
import { GET as events } from '../events/route';
import { DELETE, GET as detail, PATCH } from './[id]/route';
import { POST as restore } from './[id]/restore/route';
import { GET as exportCsv } from './export/route';
import { GET as list, POST as create } from './route';

/** A live phenom the rows point at (inserted by setUp), so a 4xx is about the request, never a missing row. */
const ID = '0b7e2f7a-9c1d-4e55-8a39-000000000001';
const at = (id = ID) => ({ path: `/api/phenoms/${id}`, params: { id } });

const patch = rowsFor({ handler: PATCH, method: 'PATCH', ...at() });

const patchCases: MalformedCase[] = [
  patch('not JSON', 'status=triage', { status: 400, code: 'invalid_json' }),
  patch('truncated JSON', '{"status": ', { status: 400, code: 'invalid_json' }),
  patch('empty body', '', { status: 400, code: 'invalid_json' }),
  patch('JSON array instead of an object', [{ status: 'triage' }], { status: 422, code: 'invalid_input' }),
  patch('JSON string instead of an object', '"triage"', { status: 422, code: 'invalid_input' }),
  patch('JSON null', 'null', { status: 422, code: 'invalid_input' }),
  patch('nothing to change', {}, { status: 422, code: 'invalid_input' }),
  patch('unknown status', { status: 'done' }, invalid('status')),
  patch('status as a number', { status: 3 }, invalid('status')),
  patch('unknown outcome', { outcome: 'ufo' }, invalid('outcome')),
  patch('outcome as an array', { outcome: ['balloon'] }, invalid('outcome')),
  patch('unknown confidence', { outcome: 'balloon', outcome_confidence: 'sure' }, invalid('outcome_confidence')),
  patch('confidence while the outcome is unknown', { outcome: 'unknown', outcome_confidence: 'certain' }, invalid('outcome_confidence')),
  patch('empty assignee', { assignee_id: '' }, invalid('assignee_id')),
  patch('assignee as a number', { assignee_id: 42 }, invalid('assignee_id')),
  patch('huge assignee id', { assignee_id: huge(5000) }, invalid('assignee_id')),
  patch('field no route may change', { deleted_at: '2026-01-01T00:00:00Z' }, invalid('deleted_at')),
  patch('column staff never write', { created_by: 'someone-else' }, invalid('created_by')),
  patch('id in the body', { id: '0b7e2f7a-9c1d-4e55-8a39-000000000002', status: 'triage' }, invalid('id')),
  patch('body over 64 KiB', { status: 'triage', padding: huge(70_000) }, { status: 413, code: 'payload_too_large' }),
  patch('form content type', { status: 'triage' }, { status: 415, code: 'unsupported_media_type' }, { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  patch('id that is not a UUID', { status: 'triage' }, { status: 404, code: 'not_found' }, at('not-a-uuid')),
  patch('id with SQL in it', { status: 'triage' }, { status: 404, code: 'not_found' }, at("1' OR '1'='1")),
  patch('a phenom that does not exist', { status: 'triage' }, { status: 404, code: 'not_found' }, at('0b7e2f7a-9c1d-4e55-8a39-0000000000ff')),
  patch('no token', { status: 'triage' }, { status: 401, code: 'unauthenticated' }, { as: 'anonymous' }),
  patch('a token that is not a JWT', { status: 'triage' }, { status: 401, code: 'invalid_token' }, { as: 'anonymous', headers: { authorization: 'Bearer not-a-jwt' } }),
];

const contentCases: MalformedCase[] = [
  patch('empty title', { title: '   ' }, invalid('title')),
  patch('title over 200 characters', { title: huge(201) }, invalid('title')),
  patch('title as an object', { title: { en: 'Orb' } }, invalid('title')),
  patch('description of 100k characters', { description: huge(30_000) }, invalid('description')),
  patch('time without a zone', { occurred_at: '2026-03-01T21:00:00' }, invalid('occurred_at')),
  patch('time that is not a date', { occurred_at: 'yesterday evening' }, invalid('occurred_at')),
  patch('time in the future', { occurred_at: '2999-01-01T00:00:00Z' }, invalid('occurred_at')),
  patch('time as a number', { occurred_at: 1767225600 }, invalid('occurred_at')),
  patch('unknown time precision', { occurred_at_precision: 'week' }, invalid('occurred_at_precision')),
  patch('latitude beyond the pole', { latitude: 91, longitude: 0 }, invalid('latitude')),
  patch('longitude as a string', { latitude: 10, longitude: '20' }, invalid('longitude')),
  patch('latitude without longitude', { latitude: 10 }, invalid('longitude')),
  patch('country not an ISO code', { country: 'France' }, invalid('country')),
  patch('place over 200 characters', { location_name: huge(201) }, invalid('location_name')),
];

const q = queryRowsFor(list, '/api/phenoms');

/** Bad filters and orders: the list and the CSV export of the same view refuse them alike. */
const VIEW_ROWS: [string, string, string][] = [
  ['unknown sort key', 'sort=secret_column', 'sort'],
  ['sort key with SQL', 'sort=title;DROP TABLE phenom', 'sort'],
  ['unknown direction', 'dir=up', 'dir'],
  ['unknown status', 'status=done', 'status'],
  ['unknown outcome among good ones', 'outcome=balloon,ufo', 'outcome'],
  ['search over 200 characters', `q=${huge(201)}`, 'q'],
  ['day that does not exist', 'from=2026-02-30', 'from'],
  ['day in another format', 'to=01/03/2026', 'to'],
  ['range the wrong way round', 'from=2026-03-02&to=2026-03-01', 'to'],
];

const listCases: MalformedCase[] = [
  q('limit over 200', 'limit=201', 'limit'),
  q('limit of a million', 'limit=1000000', 'limit'),
  q('negative limit', 'limit=-1', 'limit'),
  q('zero limit', 'limit=0', 'limit'),
  q('limit not a number', 'limit=ten', 'limit'),
  q('fractional limit', 'limit=2.5', 'limit'),
  q('limit given twice', 'limit=5&limit=6', 'limit'),
  q('negative offset', 'offset=-25', 'offset'),
  q('offset past the paging cap', 'offset=250000', 'offset'),
  ...VIEW_ROWS.map((row) => q(...row)),
  q('unknown parameter', 'page=2', 'page'),
  q('misspelt parameter', 'stauts=new', 'stauts'),
  q('cursor that is not one', 'cursor=abc', 'cursor'),
  q('cursor with forged contents', `cursor=${Buffer.from(JSON.stringify({ s: 'occurred_at', d: 'desc', v: "x' OR 1=1", id: 'nope' })).toString('base64url')}`, 'cursor'),
  q('cursor together with an offset', `offset=5&cursor=${Buffer.from(JSON.stringify({ s: 'occurred_at', d: 'desc', v: '2026-01-01T00:00:00Z', id: ID })).toString('base64url')}`, 'cursor'),
  q('cursor on a sort that cannot be keyset-paged', `sort=location_name&cursor=${Buffer.from(JSON.stringify({ s: 'location_name', d: 'desc', v: 'Lyon', id: ID })).toString('base64url')}`, 'cursor'),
  { name: 'events with a limit over 200', handler: events, method: 'GET', path: '/api/events?limit=500', ...invalid('limit') },
  { name: 'events with an unknown parameter', handler: events, method: 'GET', path: '/api/events?since=yesterday', ...invalid('since') },
  { name: 'events without a token', handler: events, method: 'GET', path: '/api/events', as: 'anonymous', status: 401, code: 'unauthenticated' },
  { name: 'list without a token', handler: list, method: 'GET', path: '/api/phenoms', as: 'anonymous', status: 401, code: 'unauthenticated' },
];

const csv = queryRowsFor(exportCsv, '/api/phenoms/export');

/** The export is the whole view: paging parameters are refused by name rather than quietly ignored. */
const exportCases: MalformedCase[] = [
  ...VIEW_ROWS.map(([name, query, field]) => csv(`export: ${name}`, query, field)),
  ...(['limit=10', 'offset=25', 'cursor=abc'] as const).map((query) => csv(`export with ${query}`, query, query.split('=')[0])),
  { name: 'export without a token', handler: exportCsv, method: 'GET', path: '/api/phenoms/export', as: 'anonymous', status: 401, code: 'unauthenticated' },
];

const post = rowsFor({ handler: create, method: 'POST', path: '/api/phenoms' });
const report = { title: 'Orb over the lake', occurred_at: '2026-03-01T21:00:00Z' };

const createCases: MalformedCase[] = [
  post('not JSON', 'title=Orb', { status: 400, code: 'invalid_json' }),
  post('no title', { occurred_at: report.occurred_at }, invalid('title')),
  post('no time', { title: report.title }, invalid('occurred_at')),
  post('title as a number', { ...report, title: 7 }, invalid('title')),
  post('status at intake', { ...report, status: 'resolved' }, invalid('status')),
  post('created_by from the client', { ...report, created_by: 'someone-else' }, invalid('created_by')),
  post('a chosen id', { ...report, id: ID }, invalid('id')),
  post('source with spaces and capitals', { ...report, source: 'Phone Call' }, invalid('source')),
  post('negative duration', { ...report, duration_s: -5 }, invalid('duration_s')),
  post('fractional duration', { ...report, duration_s: 2.5 }, invalid('duration_s')),
  post('altitude in space', { ...report, altitude_m: 5_000_000 }, invalid('altitude_m')),
  post('shape over 40 characters', { ...report, shape: huge(41) }, invalid('shape')),
  post('longitude without latitude', { ...report, longitude: 3 }, invalid('latitude')),
  post('a list of reports', [report], { status: 422, code: 'invalid_input' }),
  post('body over 64 KiB', { ...report, description: huge(70_000) }, { status: 413, code: 'payload_too_large' }),
  post('text content type', report, { status: 415, code: 'unsupported_media_type' }, { headers: { 'content-type': 'text/plain' } }),
];

const byId = (handler: MalformedCase['handler'], method: string, id: string, status: number, code: string, as?: MalformedCase['as'], suffix = ''): MalformedCase => ({
  name: `${method} ${status} for ${id === ID ? 'a live phenom' : id}${as ? ` as ${as}` : ''}`,
  handler,
  method,
  path: `/api/phenoms/${id}${suffix}`,
  params: { id },
  status,
  code,
  as,
});

const idCases: MalformedCase[] = [
  byId(detail, 'GET', 'not-a-uuid', 404, 'not_found'),
  byId(detail, 'GET', '0b7e2f7a-9c1d-4e55-8a39-0000000000ff', 404, 'not_found'),
  byId(detail, 'GET', '0B7E2F7A9C1D4E558A39000000000001ZZ', 404, 'not_found'),
  byId(DELETE, 'DELETE', ID, 403, 'forbidden', 'staff'),
  byId(DELETE, 'DELETE', 'not-a-uuid', 404, 'not_found', 'admin'),
  byId(restore, 'POST', ID, 403, 'forbidden', 'staff', '/restore'),
  byId(restore, 'POST', ID, 409, 'conflict', 'admin', '/restore'),
  byId(restore, 'POST', 'not-a-uuid', 404, 'not_found', 'admin', '/restore'),
];

export const table: MalformedTable = {
  area: 'phenoms',
  async setUp({ stack }) {
    await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Malformed-table fixture', now())`, [ID]);
  },
  cases: [...patchCases, ...contentCases, ...listCases, ...exportCases, ...createCases, ...idCases],
};
