import { NextResponse } from 'next/server';
import { CorrelationTargetDocument, InsertAircraftCorrelationDocument } from '@/graphql/generated/graphql';
import { httpError, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { correlationInsert } from '@/lib/correlation/record';
import { correlateLive } from '@/lib/correlation/server';
import { phenomParamsSchema } from '@/lib/phenoms/update-input';
import { requestForPhenom } from '@/lib/screening/phenom-request';

/**
 * Correlates a phenom with the aircraft near its place and time now (OpenSky within the hour, RadarBox for older
 * reports) and stores the run as the caller: the request, the raw answer, every aircraft and whether one makes the
 * phenom a possible aircraft. A provider that fails or cannot be asked is stored and answered as what it is
 * (201 with status failed / not_checked): the phenom itself is never touched.
 */
export const POST = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, phenomParamsSchema, 'No such phenom.');
  await parseNoInput(req);
  const { phenom_by_pk: phenom } = await hasura(CorrelationTargetDocument, { id });
  if (!phenom) throw httpError.notFound('No such phenom.');
  const request = requestForPhenom(phenom);
  if ('field' in request) throw httpError.invalid(request.field, request.message.replace('screen the sky', 'correlate aircraft'));
  const run = await correlateLive(request);
  const { insert_aircraft_correlation_one: correlation } = await hasura(InsertAircraftCorrelationDocument, { correlation: correlationInsert(id, run, 'manual') }, { timeoutMs: 20_000 });
  if (!correlation) throw httpError.notFound('No such phenom, or it can no longer be correlated.');
  return NextResponse.json({ correlation }, { status: 201 });
});
