import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { PATCH } from './[id]/route';

/** A live phenom the rows point at (inserted by setUp), so a 4xx is about the request, never a missing row. */
const ID = '0b7e2f7a-9c1d-4e55-8a39-000000000001';
const at = (id = ID) => ({ path: `/api/phenoms/${id}`, params: { id } });

const patch = (name: string, body: unknown, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name,
  handler: PATCH,
  method: 'PATCH',
  ...at(),
  body,
  ...expected,
  ...extra,
});

const invalid = (field: string) => ({ status: 422, field, code: 'invalid_input' });

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

export const table: MalformedTable = {
  area: 'phenoms',
  async setUp({ stack }) {
    await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Malformed-table fixture', now())`, [ID]);
  },
  cases: [...patchCases],
};
