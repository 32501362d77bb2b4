import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge, invalid, queryRowsFor, rowsFor } from '@/local/test/malformed';
import { POST as attach } from './[id]/attach/route';
import { POST as promote } from './[id]/promote/route';
import { POST as reject } from './[id]/reject/route';
import { GET as list } from './route';

/** A pending drop, a reviewed one and a phenom the rows point at (setUp), so each 4xx is about the request. */
const PENDING = '0b7e2f7a-9c1d-4e55-8a39-0000000000d1';
const REVIEWED = '0b7e2f7a-9c1d-4e55-8a39-0000000000d2';
const PHENOM = '0b7e2f7a-9c1d-4e55-8a39-0000000000b1';
const MISSING = '0b7e2f7a-9c1d-4e55-8a39-0000000000ff';

const q = queryRowsFor(list, '/api/drops');

const on = (handler: MalformedCase['handler'], action: string) => (name: string, id: string, ...rest: Parameters<ReturnType<typeof rowsFor>> extends [string, ...infer R] ? R : never) =>
  rowsFor({ handler, method: 'POST', path: `/api/drops/${id}/${action}`, params: { id } })(name, ...rest);
const onAttach = on(attach, 'attach');
const onPromote = on(promote, 'promote');
const onReject = on(reject, 'reject');
const report = { title: 'A light over the bay', occurred_at: '2026-03-01T21:00:00Z' };

const cases: MalformedCase[] = [
  q('unknown status', 'status=archived', 'status'),
  q('status given twice', 'status=pending&status=accepted', 'status'),
  q('limit over 200', 'limit=201', 'limit'),
  q('negative offset', 'offset=-1', 'offset'),
  q('unknown parameter', 'phenom_id=x', 'phenom_id'),

  onAttach('attach: no phenom id', PENDING, {}, invalid('phenom_id')),
  onAttach('attach: phenom id not a UUID', PENDING, { phenom_id: 'lights-over-leeds' }, invalid('phenom_id')),
  onAttach('attach: phenom that does not exist', PENDING, { phenom_id: MISSING }, invalid('phenom_id')),
  onAttach('attach: unknown review status', PENDING, { phenom_id: PHENOM, as: 'rejected' }, invalid('as')),
  onAttach('attach: extra field', PENDING, { phenom_id: PHENOM, note: 'hi' }, invalid('note')),
  onAttach('attach: drop already reviewed', REVIEWED, { phenom_id: PHENOM }, { status: 409, code: 'conflict' }),
  onAttach('attach: drop that does not exist', MISSING, { phenom_id: PHENOM }, { status: 404, code: 'not_found' }),
  onAttach('attach: drop id not a UUID', 'drop-1', { phenom_id: PHENOM }, { status: 404, code: 'not_found' }),
  onAttach('attach: not JSON', PENDING, 'phenom_id=1', { status: 400, code: 'invalid_json' }),

  onPromote('promote: no title', PENDING, { occurred_at: report.occurred_at }, invalid('title')),
  onPromote('promote: huge title', PENDING, { ...report, title: huge(1000) }, invalid('title')),
  onPromote('promote: bad time', PENDING, { ...report, occurred_at: '2026-13-01T00:00:00Z' }, invalid('occurred_at')),
  onPromote('promote: status from the client', PENDING, { ...report, status: 'resolved' }, invalid('status')),
  onPromote('promote: drop already reviewed', REVIEWED, report, { status: 409, code: 'conflict' }),
  onPromote('promote: drop that does not exist', MISSING, report, { status: 404, code: 'not_found' }),
  onPromote('promote: body over 64 KiB', PENDING, { ...report, description: huge(70_000) }, { status: 413, code: 'payload_too_large' }),

  onReject('reject: with a body it does not take', PENDING, { reason: 'spam' }, invalid('reason')),
  onReject('reject: drop already reviewed', REVIEWED, undefined, { status: 409, code: 'conflict' }),
  onReject('reject: drop id with SQL', "x' OR '1'='1", undefined, { status: 404, code: 'not_found' }),
  onReject('reject: without a token', PENDING, undefined, { status: 401, code: 'unauthenticated' }, { as: 'anonymous' }),
];

export const table: MalformedTable = {
  area: 'drops',
  async setUp({ stack }) {
    await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Drops fixture', now())`, [PHENOM]);
    await stack.sql(
      `INSERT INTO public.drops (id, payload, status, phenom_id) VALUES ($1, '{"text": "a light"}', 'pending', NULL), ($2, '{"text": "old"}', 'accepted', $3)`,
      [PENDING, REVIEWED, PHENOM],
    );
  },
  cases,
};
