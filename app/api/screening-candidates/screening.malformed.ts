import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { POST as screen } from '../phenoms/[id]/screenings/route';
import { POST as correlateAircraft } from '../phenoms/[id]/correlations/route';
import { POST as accept } from './[id]/accept/route';
import { POST as replay } from '../screening-runs/[id]/replay/route';

/** A phenom without a position, and a candidate of a stored run (inserted by setUp). */
const NOWHERE = '0b7e2f7a-9c1d-4e55-8a39-0000000000a1';
const PHENOM = '0b7e2f7a-9c1d-4e55-8a39-0000000000a2';
const RUN = '0b7e2f7a-9c1d-4e55-8a39-0000000000a3';
const CANDIDATE = '0b7e2f7a-9c1d-4e55-8a39-0000000000a4';

const acceptCase = (name: string, body: unknown, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>, id = CANDIDATE, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name,
  handler: accept,
  method: 'POST',
  path: `/api/screening-candidates/${id}/accept`,
  params: { id },
  body,
  ...expected,
  ...extra,
});
/** A bodiless POST to one of the run routes: screen a phenom, replay a run. */
const bodilessCase =
  (handler: MalformedCase['handler'], pathOf: (id: string) => string) =>
  (name: string, id: string, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>, extra: Partial<MalformedCase> = {}): MalformedCase => ({
    name,
    handler,
    method: 'POST',
    path: pathOf(id),
    params: { id },
    ...expected,
    ...extra,
  });
const screenCase = bodilessCase(screen, (id) => `/api/phenoms/${id}/screenings`);
const replayCase = bodilessCase(replay, (id) => `/api/screening-runs/${id}/replay`);
const correlateCase = bodilessCase(correlateAircraft, (id) => `/api/phenoms/${id}/correlations`);

export const table: MalformedTable = {
  area: 'screening',
  async setUp({ stack }) {
    await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Screening fixture, no position', now()), ($2, 'Screening fixture', now())`, [NOWHERE, PHENOM]);
    await stack.sql(`UPDATE public.phenom SET latitude = 10, longitude = 10 WHERE id = $1`, [PHENOM]);
    await stack.sql(`INSERT INTO public.screening_run (id, phenom_id, trigger, engine_version, inputs, sun, providers) VALUES ($1, $2, 'manual', 'fixture', '{}', '{}', '[]')`, [RUN, PHENOM]);
    await stack.sql(`INSERT INTO public.screening_candidate (id, run_id, rank, kind, name, az, el, range_km, time_offset_s, visible, reasons) VALUES ($1, $2, 1, 'planet', 'Venus', 270, 30, 1e8, 0, true, 'fixture')`, [CANDIDATE, RUN]);
  },
  cases: [
    acceptCase('not JSON', 'confidence=certain', { status: 400, code: 'invalid_json' }),
    acceptCase('empty body', '', { status: 400, code: 'invalid_json' }),
    acceptCase('JSON array', [{ confidence: 'certain' }], { status: 422, code: 'invalid_input' }),
    acceptCase('unknown confidence', { confidence: 'sure' }, { status: 422, field: 'confidence', code: 'invalid_input' }),
    acceptCase('confidence as a number', { confidence: 3 }, { status: 422, field: 'confidence', code: 'invalid_input' }),
    acceptCase('outcome is not the caller’s to choose', { outcome: 'ufo' }, { status: 422, field: 'outcome', code: 'invalid_input' }),
    acceptCase('huge confidence', { confidence: huge(5000) }, { status: 422, field: 'confidence', code: 'invalid_input' }),
    acceptCase('not a uuid', {}, { status: 404, code: 'not_found' }, 'venus'),
    acceptCase('no such candidate', {}, { status: 404, code: 'not_found' }, '0b7e2f7a-9c1d-4e55-8a39-0000000000ff'),
    acceptCase('signed out', {}, { status: 401 }, CANDIDATE, { as: 'anonymous' }),
    screenCase('phenom id not a uuid', 'abc', { status: 404, code: 'not_found' }),
    screenCase('no such phenom', '0b7e2f7a-9c1d-4e55-8a39-0000000000fe', { status: 404, code: 'not_found' }),
    screenCase('phenom without a position', NOWHERE, { status: 422, field: 'latitude', code: 'invalid_input' }),
    screenCase('signed out', PHENOM, { status: 401 }, { as: 'anonymous' }),
    correlateCase('correlate: phenom id not a uuid', 'abc', { status: 404, code: 'not_found' }),
    correlateCase('correlate: no such phenom', '0b7e2f7a-9c1d-4e55-8a39-0000000000fe', { status: 404, code: 'not_found' }),
    correlateCase('correlate: phenom without a position', NOWHERE, { status: 422, field: 'latitude', code: 'invalid_input' }),
    correlateCase('correlate: signed out', PHENOM, { status: 401 }, { as: 'anonymous' }),
    replayCase('run id not a uuid', 'latest', { status: 404, code: 'not_found' }),
    replayCase('no such run', '0b7e2f7a-9c1d-4e55-8a39-0000000000fd', { status: 404, code: 'not_found' }),
    // The fixture run stored no inputs ({}): it cannot be replayed, and nothing is stored.
    replayCase('run without replayable inputs', RUN, { status: 409, code: 'conflict' }),
    replayCase('signed out', RUN, { status: 401 }, { as: 'anonymous' }),
  ],
};
